import { Text, View } from '@tarojs/components'
import { Avatar, Button } from '@nutui/nutui-react-taro'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { useJoinRequests } from './use-join-requests'
import '../../../components/card/index.css'
import '../shared/org.css'

const VIA_LABELS = { invite: '通过邀请码', group: '从支部群' } as const

export default function JoinRequestsPage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <JoinRequests orgId={orgId} />
}

function JoinRequests({ orgId }: { orgId: string }) {
  const { state, decideError, retry, approve, decline } = useJoinRequests(orgId)

  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
  }
  const error = decideError ? (
    <Text className="banner banner--error requests-error">{decideError}</Text>
  ) : null
  const requests = state.data
  if (requests.length === 0) {
    return (
      <View className="card-page requests">
        {error}
        <PageState
          kind="empty"
          title="没有待审批的申请"
          description="有人通过邀请码或支部群申请加入后，会显示在这里"
        />
      </View>
    )
  }

  return (
    <View className="card-page requests">
      {error}
      <Text className="org-hint">批准后，对方即成为本支部成员；婉拒不会通知对方原因。</Text>
      {requests.map((request) => (
        <View
          key={request.openid}
          className="card org-row"
          data-testid="request-item"
          data-openid={request.openid}
        >
          {request.avatarUrl ? (
            <Avatar src={request.avatarUrl} />
          ) : (
            <Avatar>{request.nickname.slice(0, 1)}</Avatar>
          )}
          <View className="org-row__main request-item__main">
            <Text className="card__title" data-testid="request-name">
              {request.nickname}
            </Text>
            <Text className="card__meta">
              {formatShanghai(request.requestedAt, 'M月D日 HH:mm')} · {VIA_LABELS[request.via]}
            </Text>
          </View>
          <View className="org-row__actions">
            <Button
              data-testid="request-decline"
              size="small"
              fill="outline"
              onClick={() => decline(request)}
            >
              婉拒
            </Button>
            <Button
              data-testid="request-approve"
              size="small"
              type="primary"
              onClick={() => approve(request)}
            >
              批准
            </Button>
          </View>
        </View>
      ))}
    </View>
  )
}
