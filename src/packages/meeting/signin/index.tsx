import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { PageState } from '../../../components/page-state'
import { SigninCode } from '../../../components/signin-code-view'
import { useSignInCode } from '../../../hooks/use-sign-in-code'
import { getSignInCode } from '../../../services/meeting'
import { usePageParam } from '../../../hooks/use-page-param'
import { MISSING_MEETING } from '../shared/copy'
import '../../../components/card/index.css'
import '../shared/meeting.css'

export default function SignInCodePage() {
  const meetingId = usePageParam('id')
  if (!meetingId) return <PageState kind="error" message={MISSING_MEETING} />
  return <CodeScreen meetingId={meetingId} />
}

function CodeScreen({ meetingId }: { meetingId: string }) {
  const fetchCode = useCallback(() => getSignInCode({ meetingId }), [meetingId])
  const { state, retry, onExpire } = useSignInCode(fetchCode)
  if (state.status === 'loading') return <PageState kind="loading" text="正在获取签到码…" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  const { view } = state
  return (
    <View className="meeting-page meeting-signin">
      <Text className="banner banner--ok meeting-signin-title">{view.title}</Text>
      {state.stale ? (
        <Text className="banner banner--warn meeting-signin-stale">{state.stale}</Text>
      ) : null}
      <View className="card">
        <SigninCode
          {...view}
          hint="请参会党员用“扫一扫”扫码，或在会议页面输入上方 6 位签到码"
          onExpire={onExpire}
        />
      </View>
      <Text className="meeting-muted meeting-signin-note">
        签到码每 30 秒更换一次，截图转发的旧码会失效；没带手机的同志，会后由书记代签或本人申请补签。
      </Text>
    </View>
  )
}
