import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageState } from '../page-state'
import type { ErrorCode } from '../../../types/errors'

export const LOCAL_LOGIN_URL = '/packages/local/login/index'

export function openLocalLogin() {
  void Taro.navigateTo({ url: LOCAL_LOGIN_URL })
}

/** H5 preview only: asks the developer to pick a demo identity before a page can load. */
export function LocalIdentityPrompt({ buttonTestId }: { buttonTestId: string }) {
  return (
    <PageState
      kind="empty"
      title="本地预览：请先选择一个演示身份"
      description="选一个身份（书记、支委、党员…）来体验不同角色看到的内容"
      action={
        <Button data-testid={buttonTestId} type="primary" onClick={openLocalLogin}>
          选择演示身份
        </Button>
      }
    />
  )
}

/** What a tab has before it can show anything of its own. */
export type SessionPending =
  | { status: 'loading' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'needs-identity' }

/** Whether a tab's state is still one of the screens every tab shows before its content. */
export function isPending<S extends { status: string }>(
  state: S,
): state is Extract<S, SessionPending> {
  return state.status === 'loading' || state.status === 'error' || state.status === 'needs-identity'
}

/** Loading, an error with 重试, or (H5 preview) the prompt to pick a demo identity. */
export function SessionScreen({
  state,
  onRetry,
  pickTestId,
}: {
  state: SessionPending
  onRetry: () => void
  /** The 选择演示身份 button's test id, named after the tab. */
  pickTestId: string
}) {
  switch (state.status) {
    case 'loading':
      return <PageState kind="loading" />
    case 'error':
      return <PageState kind="error" code={state.code} message={state.message} onRetry={onRetry} />
    case 'needs-identity':
      return <LocalIdentityPrompt buttonTestId={pickTestId} />
  }
}
