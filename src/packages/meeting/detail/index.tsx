import { useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MeetingDetail, RosterEntry } from '../../../../types/meeting'
import { PageState } from '../../../components/page-state'
import { ReasonDialog } from '../../../components/reason-dialog'
import { usePageParam } from '../../../hooks/use-page-param'
import { kindLabel, PHASE_LABELS, timeRange } from '../shared/format'
import { MISSING_MEETING } from '../shared/copy'
import { ManageCard } from './manage-card'
import { meetingActions, proxyLabel } from './meeting-actions'
import { MinutesSection } from './minutes-section'
import { MyAttendance } from './my-attendance'
import { RosterSection } from './roster-section'
import { useMeeting } from './use-meeting'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/meeting.css'
import './index.css'
import { PrivacyPrompt } from '../../../components/privacy-prompt'

export default function MeetingDetailPage() {
  const meetingId = usePageParam('id')
  if (!meetingId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_MEETING} />
  return <MeetingView meetingId={meetingId} />
}

type Dialog = { kind: 'leave' | 'makeup' | 'cancel' } | { kind: 'proxy'; entry: RosterEntry } | null

function MeetingView({ meetingId }: { meetingId: string }) {
  const meeting = useMeeting(meetingId)
  const { state, card, busy } = meeting
  const [dialog, setDialog] = useState<Dialog>(null)

  useShareAppMessage(() => ({
    title: card?.title ?? (state.status === 'ready' ? `会议通知｜${state.data.title}` : '会议通知'),
    path: `/packages/meeting/detail/index?id=${meetingId}`,
  }))

  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return (
      <PageState kind="error" code={state.code} message={state.message} onRetry={meeting.retry} />
    )
  }
  const detail = state.data
  const actions = meetingActions(detail, Date.now())

  return (
    <PageRoot className="meeting-page" data-testid="meeting-detail">
      {meeting.error ? (
        <Text className="banner banner--error" data-testid="meeting-action-error">
          {meeting.error}
        </Text>
      ) : null}
      <Header meeting={detail} />
      <MyAttendance
        meeting={detail}
        actions={actions}
        busy={busy}
        onSignIn={(code, via) =>
          via === 'code' ? meeting.signInWithCode(code) : meeting.signInScanned(code)
        }
        onAsk={(kind) => setDialog({ kind })}
        onSubscribe={() => void meeting.subscribe()}
      />
      <Counts meeting={detail} showQuorum={actions.quorum} />
      <ManageCard
        meeting={detail}
        actions={actions}
        busy={busy}
        card={card}
        onPrepareShare={() => void meeting.prepareShare()}
        onCancel={() => setDialog({ kind: 'cancel' })}
      />
      <RosterSection
        meeting={detail}
        actions={actions}
        busy={busy}
        onDecide={(entry, approve) => void meeting.decide(entry.openid, approve)}
        onProxy={(entry) => setDialog({ kind: 'proxy', entry })}
      />
      <MinutesSection
        meeting={detail}
        canRelease={actions.releaseMinutes}
        releasing={busy === 'release'}
        onRelease={() => void meeting.release()}
      />
      {dialog ? (
        <ReasonDialog
          className="meeting-reason-dialog"
          {...DIALOG_COPY[dialog.kind]}
          {...(dialog.kind === 'proxy' && proxyLabel(detail) === '会后补录' ? BACKFILL_COPY : {})}
          title={
            dialog.kind === 'proxy'
              ? `为${dialog.entry.nickname}${proxyLabel(detail)}`
              : DIALOG_COPY[dialog.kind].title
          }
          onSubmit={(reason) => {
            switch (dialog.kind) {
              case 'leave':
              case 'makeup':
                return meeting.ask(dialog.kind, reason)
              case 'cancel':
                return meeting.cancel(reason)
              case 'proxy':
                return meeting.proxy(dialog.entry.openid, reason)
            }
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <PrivacyPrompt />
    </PageRoot>
  )
}

const DIALOG_COPY = {
  leave: { title: '请假', hint: '书记审批后生效，会记入会议记录。', confirmText: '提交请假' },
  makeup: {
    title: '申请补签',
    hint: '参会了但没有签上到？写明情况，书记审批后记为补签。',
    confirmText: '提交补签申请',
  },
  cancel: {
    title: '取消会议',
    hint: '原因会告知参会人员，并记入操作记录。',
    confirmText: '确认取消',
  },
  proxy: {
    title: '代签到',
    hint: '只为确实到会的同志代签；代签人和原因都会记录。',
    confirmText: '确认代签',
  },
}

/** A 代签 after the end is a 会后补录: the 台账 shows it as such, with who and why. */
const BACKFILL_COPY = {
  hint: '会议已结束：补录只为确实到会的同志，补录人和原因会写进台账。',
  confirmText: '确认补录',
}

function Header({ meeting }: { meeting: MeetingDetail }) {
  return (
    <View className="card meeting-header">
      <Text className="meeting-tag">{kindLabel(meeting)}</Text>
      <Text className={`meeting-phase meeting-phase--${meeting.phase}`}>
        {PHASE_LABELS[meeting.phase]}
      </Text>
      <Text className="meeting-detail__title" data-testid="meeting-title">
        {meeting.title}
      </Text>
      <Text className="meeting-detail__line">
        时间：{timeRange(meeting.startsAt, meeting.endsAt)}
      </Text>
      <Text className="meeting-detail__line">地点：{meeting.place}</Text>
      <Text className="meeting-detail__line">
        主持人：{meeting.host.nickname} · 记录人：{meeting.recorder.nickname}
      </Text>
      {meeting.phase === 'cancelled' ? (
        <Text className="banner banner--warn" data-testid="meeting-cancel-reason">
          会议已取消：{meeting.cancelReason}
        </Text>
      ) : null}
      <Text className="meeting-card__title meeting-detail__agenda-title">议程</Text>
      <Text className="meeting-card__text" data-testid="meeting-agenda">
        {meeting.agenda}
      </Text>
    </View>
  )
}

function Counts({ meeting, showQuorum }: { meeting: MeetingDetail; showQuorum: boolean }) {
  const { counts, quorum } = meeting
  const items = [
    { key: 'expected', label: '应到', value: counts.expected },
    { key: 'attended', label: '实到', value: counts.attended },
    { key: 'leave', label: '请假', value: counts.leave },
    { key: 'pending', label: '待审批', value: counts.pending },
  ]
  return (
    <View className="card">
      <View className="meeting-counts">
        {items.map((item) => (
          <View key={item.key} className="meeting-count" data-testid={`meeting-count-${item.key}`}>
            <Text className="meeting-count__value">{item.value}</Text>
            <Text className="meeting-count__label">{item.label}</Text>
          </View>
        ))}
      </View>
      {counts.guests ? <Text className="meeting-muted">另有列席 {counts.guests} 人</Text> : null}
      {quorum && showQuorum ? (
        <Text
          className={`banner ${quorum.met ? 'banner--ok' : 'banner--warn'}`}
          data-testid="meeting-quorum"
        >
          {quorum.met
            ? `正式党员 ${quorum.voting} 人，到会 ${quorum.votingPresent} 人，超过半数`
            : `正式党员 ${quorum.voting} 人，到会 ${quorum.votingPresent} 人，未超过半数，党员大会不能召开`}
        </Text>
      ) : null}
    </View>
  )
}
