import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'
import './index.css'

export type PageStateProps =
  | { kind: 'loading'; text?: string }
  | { kind: 'empty'; title: string; description?: string; action?: ReactNode }
  | { kind: 'error'; message: string; onRetry?: () => void }

/** The one way every page shows loading, nothing-yet and failed states. */
export function PageState(props: PageStateProps) {
  switch (props.kind) {
    case 'loading':
      return (
        <View className="page-state page-state--loading" aria-busy>
          <View className="page-state__spinner" />
          <Text className="page-state__text">{props.text ?? '加载中…'}</Text>
        </View>
      )
    case 'empty':
      return (
        <View className="page-state page-state--empty">
          <Text className="page-state__title">{props.title}</Text>
          {props.description ? <Text className="page-state__text">{props.description}</Text> : null}
          {props.action}
        </View>
      )
    case 'error':
      return (
        <View className="page-state page-state--error" role="alert" data-testid="page-error">
          <Text className="page-state__title">出错了</Text>
          <Text className="page-state__text" data-testid="page-error-message">
            {props.message}
          </Text>
          {props.onRetry ? (
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
