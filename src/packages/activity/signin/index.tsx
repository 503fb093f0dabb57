import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { PageState } from '../../../components/page-state'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-org-id'
import { useSignInCode } from './use-sign-in-code'
import '../shared/activity.css'
import './index.css'

/** The host shows this on site: members type the code (or scan it) on the activity page. */
export default function ActivitySignInPage() {
  const orgId = useOrgIdParam()
  const { params } = useRouter()
  const activityId = typeof params.id === 'string' ? params.id : ''
  if (!orgId || !activityId) return <PageState kind="error" message={MISSING_ORG_MESSAGE} />
  return <SignInCodeScreen orgId={orgId} activityId={activityId} />
}

function SignInCodeScreen({ orgId, activityId }: { orgId: string; activityId: string }) {
  const { state, retry } = useSignInCode(orgId, activityId)
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  const { code } = state
  return (
    <View className="activity-page activity-signin">
      <View className="activity-section activity-signin__card">
        <Text className="activity-signin__label">签到码</Text>
        <Text className="activity-signin-code">{code.code}</Text>
        <Text className="activity-hint">每 30 秒自动更换，请让大家在活动页面输入</Text>
        <Text className="activity-signin-count">
          已签到 {code.checkedIn} / 已报名 {code.signedUp}
        </Text>
      </View>
    </View>
  )
}
