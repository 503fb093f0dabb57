import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { PageState } from '../../../components/page-state'
import { SigninCodeWeb } from '../shared/signin-code-view'
import { MISSING_MEETING, usePageParam } from '../shared/use-page-param'
import { useSignInCode } from './use-sign-in-code'
import '../shared/meeting.css'

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- JSX typing of a native component
  namespace JSX {
    interface IntrinsicElements {
      'signin-code': {
        code: string
        qr: string
        rotates: string
        attended: number
        expected: number
        onExpire?: () => void
        onRefresh?: () => void
      }
    }
  }
}

export default function SignInCodePage() {
  const meetingId = usePageParam('id')
  if (!meetingId) return <PageState kind="error" message={MISSING_MEETING} />
  return <CodeScreen meetingId={meetingId} />
}

function CodeScreen({ meetingId }: { meetingId: string }) {
  const { state, refresh, retry } = useSignInCode(meetingId)
  const onExpire = useCallback(() => void refresh(), [refresh])
  if (state.status === 'loading') return <PageState kind="loading" text="正在获取签到码…" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  const { view } = state
  return (
    <View className="meeting-page meeting-signin">
      <Text className="meeting-banner meeting-banner--ok meeting-signin-title">{view.title}</Text>
      {state.stale ? (
        <Text className="meeting-banner meeting-banner--warn meeting-signin-stale">
          {state.stale}
        </Text>
      ) : null}
      <View className="meeting-card">
        {process.env.TARO_ENV === 'weapp' ? (
          <signin-code
            code={view.code}
            qr={view.qrText}
            rotates={view.rotatesAt}
            attended={view.attended}
            expected={view.expected}
            onExpire={onExpire}
            onRefresh={onExpire}
          />
        ) : (
          <SigninCodeWeb view={view} onExpire={onExpire} />
        )}
      </View>
      <Text className="meeting-muted meeting-signin-note">
        签到码每 30 秒更换一次，截图转发的旧码会失效；没带手机的同志，会后由书记代签或本人申请补签。
      </Text>
    </View>
  )
}
