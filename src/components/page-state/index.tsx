import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'
import type { ErrorCode } from '../../../types/errors'
import { useElderClass } from '../../hooks/use-elder-mode'
import { useLoginResult } from '../../hooks/use-login-result'
import './index.css'

export type PageStateProps =
  | { kind: 'loading'; text?: string }
  | { kind: 'empty'; title: string; description?: string; action?: ReactNode }
  | { kind: 'error'; message: string; code?: ErrorCode; onRetry?: () => void }

/** Answers that stay the same however often the page asks again: 重试 cannot help, 返回 can. */
const FINAL: readonly ErrorCode[] = ['FORBIDDEN', 'NOT_FOUND', 'INVALID_ARGUMENT', 'UNKNOWN_ACTION']

const TITLES: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN: '没有权限查看',
  NOT_FOUND: '找不到这项内容',
  INVALID_ARGUMENT: '链接不完整',
}

/** Back where the person came from, or — opened straight from a card or a link — the 支部 home. */
function leave(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: '/pages/branch/index' })
}

const JOIN_URL = '/packages/org/join/index'

/**
 * What else a refused person can do, from who they are (the shared login, no extra round trip): in
 * no branch, 申请加入; in one but not its 书记, 联系书记 (who can give them the role). A 书记 is offered
 * neither — there is nobody above in the branch to ask.
 */
function ForbiddenWays() {
  const login = useLoginResult()
  if (!login) return null
  const [branch] = login.memberships
  if (!branch) {
    return (
      <Button
        className="page-state__way"
        type="primary"
        size="small"
        onClick={() => void Taro.navigateTo({ url: JOIN_URL })}
      >
        申请加入
      </Button>
    )
  }
  if (login.memberships.some((membership) => membership.role === 'secretary')) return null
  return (
    <Button
      className="page-state__way"
      size="small"
      onClick={() =>
        void Taro.showModal({
          title: '联系书记',
          content: `这项需要「${branch.orgName}」书记开通。请在支部群里或当面联系书记，说明你要做的事。`,
          showCancel: false,
          confirmText: '知道了',
        })
      }
    >
      联系书记
    </Button>
  )
}

/** The one way every page shows loading, nothing-yet and failed states. */
export function PageState(props: PageStateProps) {
  // A page that has only this to show (loading, failed) still shows it at the 长辈模式 size.
  const root = useElderClass(`page-state page-state--${props.kind}`)
  switch (props.kind) {
    case 'loading':
      return (
        <View className={root} aria-busy>
          <View className="page-state__spinner" />
          <Text className="page-state__text">{props.text ?? '加载中…'}</Text>
        </View>
      )
    case 'empty':
      return (
        <View className={root}>
          <Text className="page-state__title">{props.title}</Text>
          {props.description ? <Text className="page-state__text">{props.description}</Text> : null}
          {props.action}
        </View>
      )
    case 'error': {
      const final = props.code !== undefined && FINAL.includes(props.code)
      return (
        <View className={root} role="alert" data-testid="page-error">
          <Text className="page-state__title">
            {(props.code && TITLES[props.code]) ?? '出错了'}
          </Text>
          <Text className="page-state__text" data-testid="page-error-message">
            {props.message}
          </Text>
          {props.code === 'FORBIDDEN' ? <ForbiddenWays /> : null}
          {final ? (
            <Button data-testid="page-error-back" size="small" onClick={leave}>
              {Taro.getCurrentPages().length > 1 ? '返回' : '回到支部首页'}
            </Button>
          ) : props.onRetry ? (
            <Button
              className="page-state__retry"
              type="primary"
              size="small"
              onClick={props.onRetry}
            >
              重试
            </Button>
          ) : null}
        </View>
      )
    }
  }
}
