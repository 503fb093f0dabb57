import { useCallback } from 'react'
import { PageState } from '../../../components/page-state'
import { SignInHostScreen } from '../../../components/signin-host-screen'
import { MISSING_ORG_MESSAGE, useOrgIdParam, usePageParam } from '../../../hooks/use-page-param'
import { getSignInCode } from '../../../services/activity'
import { PageRoot } from '../../../components/page-root'
import '../shared/activity.css'

/** The host shows this on site: members scan the QR or type the code on the activity page. */
export default function ActivitySignInPage() {
  const orgId = useOrgIdParam()
  const activityId = usePageParam('id')
  if (!orgId || !activityId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <CodeScreen orgId={orgId} activityId={activityId} />
}

function CodeScreen({ orgId, activityId }: { orgId: string; activityId: string }) {
  const fetchCode = useCallback(() => getSignInCode({ orgId, activityId }), [orgId, activityId])
  return (
    <PageRoot className="activity-page">
      <SignInHostScreen
        fetchCode={fetchCode}
        hint="请报名的同志用“扫一扫”扫码，或在活动页面输入上方 6 位签到码"
        note="签到码每 30 秒更换一次，截图转发的旧码会失效。"
      />
    </PageRoot>
  )
}
