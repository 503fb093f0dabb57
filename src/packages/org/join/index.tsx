import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { mayRequestJoin, ORG_KIND_LABELS, type InviteView } from '../../../../types/org'
import { INVITE_CODE_PASTE_MAX, normaliseInviteCode } from '../../../../types/org.schema'
import { DeclinedJoinNote } from '../../../components/declined-join'
import { LocalIdentityPrompt } from '../../../components/local-identity-prompt'
import { PageState } from '../../../components/page-state'
import { useJoin } from './use-join'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/org.css'
import './index.css'

export default function JoinPage() {
  const join = useJoin()
  const { state } = join

  switch (state.status) {
    case 'enter-code':
      return <CodeForm error={join.codeError} onSubmit={join.submitCode} />
    case 'loading':
      return <PageState kind="loading" />
    case 'needs-identity':
      return <LocalIdentityPrompt buttonTestId="join-pick-identity" />
    case 'error':
      return (
        <PageRoot className="card-page join">
          <PageState kind="error" code={state.code} message={state.message} onRetry={join.retry} />
          <Text className="join-enter-code-again" onClick={join.enterCodeAgain}>
            重新输入邀请码
          </Text>
        </PageRoot>
      )
    case 'ready':
      return (
        <InviteCard
          view={state.view}
          requesting={join.requesting}
          requestError={join.requestError}
          onRequest={join.request}
          onEnter={join.enter}
        />
      )
  }
}

function CodeForm({ error, onSubmit }: { error: string; onSubmit: (code: string) => void }) {
  const [typed, setTyped] = useState('')
  return (
    <PageRoot className="card-page join">
      <View className="join-card">
        <Text className="join-card__title">输入邀请码</Text>
        <Text className="join-card__text">
          邀请码由支部书记生成，是 8 位字母或数字，也可以直接打开书记在支部群里分享的卡片。
        </Text>
        <Input
          className="join-code-input"
          value={typed}
          onChange={(text) => setTyped(normaliseInviteCode(text))}
          maxLength={INVITE_CODE_PASTE_MAX}
          placeholder="8 位邀请码"
        />
        {error ? <Text className="org-dialog__error join-code-error">{error}</Text> : null}
      </View>
      <View className="join-actions">
        <Button className="join-view" type="primary" block onClick={() => onSubmit(typed)}>
          查看邀请
        </Button>
      </View>
    </PageRoot>
  )
}

const CARD_TEXT: Record<InviteView['status'], string> = {
  none: '你受邀加入这个支部。提交申请后，由支部书记审批。',
  pending: '你的申请已提交。',
  active: '你已是本支部成员。',
  declined: '你的入支部申请没有通过。',
}

interface InviteCardProps {
  view: InviteView
  requesting: boolean
  requestError: string
  onRequest: () => void
  onEnter: (orgId: string) => void
}

function InviteCard({ view, requesting, requestError, onRequest, onEnter }: InviteCardProps) {
  const { org, status, declined } = view
  const now = new Date()
  return (
    <PageRoot className="card-page join">
      <View className="join-card">
        <Text className="join-org-name">{org.name}</Text>
        <Text className="join-org-kind">{ORG_KIND_LABELS[org.kind]}</Text>
        <Text className="join-card__text">{CARD_TEXT[status]}</Text>
        {declined ? <DeclinedJoinNote declined={declined} now={now} /> : null}
      </View>
      {requestError ? (
        <Text className="banner banner--error join-error">{requestError}</Text>
      ) : null}
      <View className="join-actions">
        {mayRequestJoin(view, now) ? (
          <Button
            data-testid="join-request"
            type="primary"
            block
            loading={requesting}
            disabled={requesting}
            onClick={onRequest}
          >
            {status === 'declined' ? '重新申请加入' : '申请加入本支部'}
          </Button>
        ) : null}
        {status === 'pending' ? <Text className="join-pending">已提交，等待书记审批</Text> : null}
        {status === 'active' ? (
          <Button data-testid="join-enter" type="primary" block onClick={() => onEnter(org.id)}>
            进入支部
          </Button>
        ) : null}
      </View>
    </PageRoot>
  )
}
