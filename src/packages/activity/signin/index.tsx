import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { PageState } from '../../../components/page-state'
import { SigninCode } from '../../../components/signin-code-view'
import { MISSING_ORG_MESSAGE, useOrgIdParam, usePageParam } from '../../../hooks/use-page-param'
import { useSignInCode } from '../../../hooks/use-sign-in-code'
import { getSignInCode } from '../../../services/activity'
import '../../../components/card/index.css'
import '../shared/activity.css'
import './index.css'

/** The host shows this on site: members scan the QR or type the code on the activity page. */
export default function ActivitySignInPage() {
  const orgId = useOrgIdParam()
  const activityId = usePageParam('id')
  if (!orgId || !activityId) return <PageState kind="error" message={MISSING_ORG_MESSAGE} />
  return <SignInCodeScreen orgId={orgId} activityId={activityId} />
}

function SignInCodeScreen({ orgId, activityId }: { orgId: string; activityId: string }) {
  const fetchCode = useCallback(() => getSignInCode({ orgId, activityId }), [orgId, activityId])
  const { state, retry, onExpire } = useSignInCode(fetchCode)
  if (state.status === 'loading') return <PageState kind="loading" text="正在获取签到码…" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  const { view } = state
  return (
    <View className="activity-page activity-signin">
      {state.stale ? (
        <Text className="banner banner--error activity-signin-stale">{state.stale}</Text>
      ) : null}
      <View className="card">
        {/* 已签到 of those signed up: an activity has no 应到 list. */}
        <SigninCode
          {...view}
          attended={view.checkedIn}
          expected={view.signedUp}
          hint="请报名的同志用“扫一扫”扫码，或在活动页面输入上方 6 位签到码"
          onExpire={onExpire}
        />
      </View>
      <Text className="activity-hint activity-signin-note">
        签到码每 30 秒更换一次，截图转发的旧码会失效。
      </Text>
    </View>
  )
}
