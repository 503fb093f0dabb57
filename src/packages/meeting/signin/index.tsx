import { useCallback } from 'react'
import { PageState } from '../../../components/page-state'
import { SignInHostScreen } from '../../../components/signin-host-screen'
import { usePageParam } from '../../../hooks/use-page-param'
import { getSignInCode } from '../../../services/meeting'
import { MISSING_MEETING } from '../shared/copy'
import { PageRoot } from '../../../components/page-root'
import '../shared/meeting.css'

export default function SignInCodePage() {
  const meetingId = usePageParam('id')
  if (!meetingId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_MEETING} />
  return <CodeScreen meetingId={meetingId} />
}

function CodeScreen({ meetingId }: { meetingId: string }) {
  const fetchCode = useCallback(() => getSignInCode({ meetingId }), [meetingId])
  return (
    <PageRoot className="meeting-page">
      <SignInHostScreen
        fetchCode={fetchCode}
        hint="请参会党员用“扫一扫”扫码，或在会议页面输入上方 6 位签到码"
        note="签到码每 30 秒更换一次，截图转发的旧码会失效；没带手机的同志，会后由书记代签或本人申请补签。"
      />
    </PageRoot>
  )
}
