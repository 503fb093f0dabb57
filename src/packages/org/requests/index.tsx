import { Text, View } from '@tarojs/components'
import { Avatar, Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { JoinRequest } from '../../../../types/org'
import { PageState } from '../../../components/page-state'
import { ReasonDialog } from '../../../components/reason-dialog'
import { formatShanghai } from '../../../format/datetime'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { useJoinRequests } from './use-join-requests'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/org.css'

const VIA_LABELS = { invite: '通过邀请码', group: '从支部群' } as const
const HINT =
  '批准时选择对方的身份：党员、预备党员、入党积极分子或群众。婉拒时可以写一句原因，对方会看到，24 小时后才能再次申请。'

export default function JoinRequestsPage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <JoinRequests orgId={orgId} />
}

function JoinRequests({ orgId }: { orgId: string }) {
  const { state, decideError, retry, approve, decline } = useJoinRequests(orgId)
  const [declining, setDeclining] = useState<JoinRequest | null>(null)

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
      <PageRoot className="card-page requests">
        {error}
        <PageState
          kind="empty"
          title="没有待审批的申请"
          description="有人通过邀请码或支部群申请加入后，会显示在这里"
        />
      </PageRoot>
    )
  }

  return (
    <PageRoot className="card-page requests">
      {error}
      <Text className="org-hint">{HINT}</Text>
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
              onClick={() => setDeclining(request)}
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
      {declining ? (
        <ReasonDialog
          className="request-decline-dialog"
          title="婉拒申请"
          hint={`婉拒“${declining.nickname}”的入支部申请。原因会告诉对方，可以不写。`}
          confirmText="确认婉拒"
          placeholder="原因（选填，如：请先到社区党群服务中心登记）"
          maxLength={60}
          optional
          onSubmit={(reason) => {
            decline(declining, reason)
            return Promise.resolve('')
          }}
          onClose={() => setDeclining(null)}
        />
      ) : null}
    </PageRoot>
  )
}
