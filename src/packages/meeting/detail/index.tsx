import Taro, { useShareAppMessage } from '@tarojs/taro'
import { Button as ShareButton, Image, Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import {
  ATTENDANCE_LABELS,
  MAKEUP_DAYS,
  REQUEST_LABELS,
  type MeetingDetail,
  type RosterEntry,
} from '../../../../types/meeting'
import { ROLE_LABELS } from '../../../../types/user'
import { PageState } from '../../../components/page-state'
import { ReasonDialog } from '../../../components/reason-dialog'
import { formatShanghai } from '../../../format/datetime'
import { fileUrl } from '../../../platform/files'
import { kindLabel, PHASE_LABELS, timeRange } from '../shared/format'
import { usePageParam } from '../../../hooks/use-page-param'
import { MISSING_MEETING } from '../shared/copy'
import { useMeeting } from './use-meeting'
import '../../../components/card/index.css'
import '../shared/meeting.css'
import './index.css'
import { CheckingBadge } from '../../../components/checking-badge'
import { PrivacyPrompt } from '../../../components/privacy-prompt'

export default function MeetingDetailPage() {
  const meetingId = usePageParam('id')
  if (!meetingId) return <PageState kind="error" message={MISSING_MEETING} />
  return <MeetingView meetingId={meetingId} />
}

type Dialogs =
  { kind: 'leave' | 'makeup' | 'cancel' } | { kind: 'proxy'; entry: RosterEntry } | null

const DAY_MS = 24 * 3600 * 1000

function MeetingView({ meetingId }: { meetingId: string }) {
  const meeting = useMeeting(meetingId)
  const { state, card } = meeting
  const [dialog, setDialog] = useState<Dialogs>(null)
  const [actionError, setActionError] = useState('')

  useShareAppMessage(() => ({
    title: card?.title ?? (state.status === 'ready' ? `会议通知｜${state.data.title}` : '会议通知'),
    path: `/packages/meeting/detail/index?id=${meetingId}`,
  }))

  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={meeting.retry} />
  }
  const detail = state.data
  /** Runs an action and shows its refusal at the top of the page. */
  const act = async (action: Promise<string>) => setActionError(await action)

  return (
    <View className="meeting-page meeting-detail">
      {actionError ? (
        <Text className="banner banner--error meeting-action-error">{actionError}</Text>
      ) : null}
      <Header meeting={detail} />
      <MyAttendance
        meeting={detail}
        busy={meeting.busy}
        onSignIn={meeting.signInWithCode}
        onScan={() => void act(meeting.signInByScan())}
        onAsk={(kind) => setDialog({ kind })}
        onSubscribe={() => void act(meeting.subscribe())}
      />
      <Counts meeting={detail} />
      {detail.can.manage || detail.can.showCode || detail.can.record ? (
        <View className="card meeting-manage">
          <Text className="meeting-card__title">会议管理</Text>
          <View className="meeting-actions">
            {detail.can.showCode && detail.phase === 'open' ? (
              <Button
                className="meeting-show-code"
                type="primary"
                size="small"
                onClick={() =>
                  void Taro.navigateTo({ url: `/packages/meeting/signin/index?id=${detail.id}` })
                }
              >
                出示签到码
              </Button>
            ) : null}
            {detail.can.showCode && detail.phase !== 'cancelled' && detail.phase !== 'ended' ? (
              <Button
                className="meeting-share-prepare"
                size="small"
                loading={meeting.busy === 'share'}
                onClick={() => void act(meeting.prepareShare())}
              >
                会议通知卡片
              </Button>
            ) : null}
            {detail.can.record && detail.phase !== 'cancelled' && detail.phase !== 'upcoming' ? (
              <Button
                className="meeting-write-minutes"
                size="small"
                onClick={() =>
                  void Taro.navigateTo({ url: `/packages/meeting/minutes/index?id=${detail.id}` })
                }
              >
                {detail.hasMinutes ? '修改纪要' : '填写纪要'}
              </Button>
            ) : null}
            {detail.can.manage && (detail.phase === 'upcoming' || detail.phase === 'open') ? (
              <Button
                className="meeting-edit"
                size="small"
                onClick={() =>
                  void Taro.navigateTo({ url: `/packages/meeting/edit/index?id=${detail.id}` })
                }
              >
                修改
              </Button>
            ) : null}
            {detail.can.manage && (detail.phase === 'upcoming' || detail.phase === 'open') ? (
              <Button
                className="meeting-cancel"
                size="small"
                type="danger"
                fill="outline"
                onClick={() => setDialog({ kind: 'cancel' })}
              >
                取消会议
              </Button>
            ) : null}
          </View>
          {card ? <ShareReady detail={detail} cardReady={card.activityId !== null} /> : null}
        </View>
      ) : null}
      {detail.roster ? (
        <Roster
          meeting={detail}
          busy={meeting.busy}
          onDecide={(entry, approve) => void act(meeting.decide(entry.openid, approve))}
          onProxy={(entry) => setDialog({ kind: 'proxy', entry })}
        />
      ) : null}
      <Minutes meeting={detail} busy={meeting.busy} onRelease={() => void act(meeting.release())} />
      {dialog ? (
        <ReasonDialog
          className="meeting-reason-dialog"
          {...DIALOG_COPY[dialog.kind]}
          title={
            dialog.kind === 'proxy'
              ? `为${dialog.entry.nickname}代签到`
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
    </View>
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

function Header({ meeting }: { meeting: MeetingDetail }) {
  return (
    <View className="card meeting-header">
      <Text className="meeting-tag">{kindLabel(meeting)}</Text>
      <Text className={`meeting-phase meeting-phase--${meeting.phase}`}>
        {PHASE_LABELS[meeting.phase]}
      </Text>
      <Text className="meeting-detail__title meeting-title">{meeting.title}</Text>
      <Text className="meeting-detail__line">
        时间：{timeRange(meeting.startsAt, meeting.endsAt)}
      </Text>
      <Text className="meeting-detail__line">地点：{meeting.place}</Text>
      <Text className="meeting-detail__line">
        主持人：{meeting.host.nickname} · 记录人：{meeting.recorder.nickname}
      </Text>
      {meeting.phase === 'cancelled' ? (
        <Text className="banner banner--warn meeting-cancel-reason">
          会议已取消：{meeting.cancelReason}
        </Text>
      ) : null}
      <Text className="meeting-card__title meeting-agenda-title">议程</Text>
      <Text className="meeting-card__text meeting-agenda">{meeting.agenda}</Text>
    </View>
  )
}

interface MyAttendanceProps {
  meeting: MeetingDetail
  busy: string
  onSignIn: (code: string) => Promise<string>
  onScan: () => void
  onAsk: (kind: 'leave' | 'makeup') => void
  onSubscribe: () => void
}

function MyAttendance({ meeting, busy, onSignIn, onScan, onAsk, onSubscribe }: MyAttendanceProps) {
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const mine = meeting.myAttendance
  const attended = mine !== null && ['present', 'late', 'proxy'].includes(mine.status)
  const pending = mine?.status === 'pending'
  const { phase } = meeting
  const makeupOpen =
    phase === 'open' ||
    (phase === 'ended' && Date.now() - Date.parse(meeting.endsAt) < MAKEUP_DAYS * DAY_MS)
  const canLeave = (phase === 'upcoming' || phase === 'open') && !attended && !pending
  const canMakeup = makeupOpen && !attended && !pending && phase !== 'open'
  if (phase === 'cancelled') return null

  const submit = async () => {
    if (!/^\d{6}$/.test(code)) {
      setError('签到码是 6 位数字，请看主持人手机上的签到码')
      return
    }
    setError('')
    const message = await onSignIn(code)
    setError(message)
    if (!message) setCode('')
  }

  return (
    <View className="card meeting-my">
      <Text className="meeting-card__title">我的签到</Text>
      {mine ? (
        <Text className={`meeting-my-status meeting-my-status--${mine.status}`}>
          {ATTENDANCE_LABELS[mine.status]}
          {mine.at ? `（${formatShanghai(mine.at, 'M月D日 HH:mm')}）` : ''}
          {mine.request && mine.status === 'pending'
            ? `：${REQUEST_LABELS[mine.request.kind]}申请待书记审批（${mine.request.reason}）`
            : ''}
          {mine.request?.decision === 'declined' ? '：申请未获批准' : ''}
        </Text>
      ) : (
        <Text className="meeting-my-status meeting-my-status--none">
          {phase === 'upcoming'
            ? `签到将于 ${formatShanghai(meeting.signInOpensAt, 'M月D日 HH:mm')} 开放`
            : phase === 'open'
              ? '会议签到中'
              : '未签到'}
        </Text>
      )}
      {phase === 'open' && !attended ? (
        <View className="meeting-sign-in-box">
          <View className="meeting-code-row">
            <Input
              className="meeting-code-input"
              type="number"
              value={code}
              onChange={setCode}
              maxLength={6}
              placeholder="输入 6 位签到码"
            />
            <Button
              className="meeting-sign-in"
              type="primary"
              size="small"
              loading={busy === 'sign-in'}
              onClick={() => void submit()}
            >
              签到
            </Button>
          </View>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button className="meeting-scan" size="small" onClick={onScan}>
              扫码签到
            </Button>
          ) : null}
          {error ? <Text className="meeting-error meeting-sign-in-error">{error}</Text> : null}
        </View>
      ) : null}
      <View className="meeting-actions">
        {canLeave ? (
          <Button className="meeting-ask-leave" size="small" onClick={() => onAsk('leave')}>
            请假
          </Button>
        ) : null}
        {canMakeup ? (
          <Button className="meeting-ask-makeup" size="small" onClick={() => onAsk('makeup')}>
            申请补签
          </Button>
        ) : null}
        {phase === 'open' && !attended && !pending ? (
          <Text className="meeting-muted meeting-makeup-hint" onClick={() => onAsk('makeup')}>
            没带手机签到？会后可申请补签
          </Text>
        ) : null}
        {phase === 'upcoming' ? (
          <Button
            className="meeting-subscribe"
            size="small"
            loading={busy === 'subscribe'}
            onClick={onSubscribe}
          >
            开会前提醒我
          </Button>
        ) : null}
      </View>
    </View>
  )
}

function Counts({ meeting }: { meeting: MeetingDetail }) {
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
          <View key={item.key} className={`meeting-count meeting-count--${item.key}`}>
            <Text className="meeting-count__value">{item.value}</Text>
            <Text className="meeting-count__label">{item.label}</Text>
          </View>
        ))}
      </View>
      {counts.guests ? <Text className="meeting-muted">另有列席 {counts.guests} 人</Text> : null}
      {quorum && meeting.phase !== 'upcoming' && meeting.phase !== 'cancelled' ? (
        <Text className={`banner meeting-quorum ${quorum.met ? 'banner--ok' : 'banner--warn'}`}>
          {quorum.met
            ? `正式党员 ${quorum.voting} 人，到会 ${quorum.votingPresent} 人，超过半数`
            : `正式党员 ${quorum.voting} 人，到会 ${quorum.votingPresent} 人，未超过半数，党员大会不能召开`}
        </Text>
      ) : null}
    </View>
  )
}

function ShareReady({ detail, cardReady }: { detail: MeetingDetail; cardReady: boolean }) {
  if (process.env.TARO_ENV !== 'weapp') {
    return (
      <Text className="meeting-muted meeting-share-local">
        会议通知卡片已准备好（本地预览不能转发到微信群）。
      </Text>
    )
  }
  return (
    <View className="meeting-share-ready">
      <ShareButton className="meeting-share" openType="share">
        分享到支部群
      </ShareButton>
      <Text className="meeting-muted">
        {cardReady
          ? `群里的卡片会随签到实时显示“${detail.counts.attended}/${detail.counts.expected}”`
          : '这次分享为普通卡片，不显示签到人数'}
      </Text>
    </View>
  )
}

interface RosterProps {
  meeting: MeetingDetail
  busy: string
  onDecide: (entry: RosterEntry, approve: boolean) => void
  onProxy: (entry: RosterEntry) => void
}

function Roster({ meeting, busy, onDecide, onProxy }: RosterProps) {
  const roster = meeting.roster ?? []
  const pending = roster.filter((entry) => entry.attendance?.status === 'pending')
  const canProxy =
    meeting.can.decide && meeting.phase !== 'upcoming' && meeting.phase !== 'cancelled'
  return (
    <View className="card meeting-roster">
      <Text className="meeting-card__title">
        签到情况{pending.length ? `（${pending.length} 条待审批）` : ''}
      </Text>
      {roster.map((entry) => {
        const attendance = entry.attendance
        const status = attendance?.status
        const attended = status === 'present' || status === 'late' || status === 'proxy'
        return (
          <View key={entry.openid} className="meeting-roster-item" data-openid={entry.openid}>
            <View className="meeting-roster-item__head">
              <Text className="meeting-roster-item__name">
                {entry.nickname}
                <Text className="meeting-muted">
                  {entry.role ? ` ${ROLE_LABELS[entry.role]}` : ''}
                  {entry.expected ? '' : ' 列席'}
                </Text>
              </Text>
              <Text
                className={`meeting-roster-item__status meeting-roster-item__status--${status ?? 'missing'}`}
              >
                {status ? ATTENDANCE_LABELS[status] : '未签到'}
              </Text>
            </View>
            {attendance?.request ? (
              <Text className="meeting-roster-item__note">
                {REQUEST_LABELS[attendance.request.kind]}理由：{attendance.request.reason}
                {attendance.request.decidedBy
                  ? `（${attendance.request.decidedBy.nickname}${attendance.request.decision === 'approved' ? '已批准' : '未批准'}）`
                  : ''}
              </Text>
            ) : null}
            {status === 'proxy' && attendance?.by ? (
              <Text className="meeting-roster-item__note">
                由{attendance.by.nickname}代签：{attendance.reason}
              </Text>
            ) : null}
            {meeting.can.decide && status === 'pending' ? (
              <View className="meeting-actions">
                <Button
                  className="meeting-approve"
                  type="primary"
                  size="small"
                  loading={busy === `decide-${entry.openid}`}
                  onClick={() => onDecide(entry, true)}
                >
                  批准
                </Button>
                <Button
                  className="meeting-decline"
                  size="small"
                  onClick={() => onDecide(entry, false)}
                >
                  不批准
                </Button>
              </View>
            ) : null}
            {canProxy && !attended && status !== 'pending' ? (
              <Text className="meeting-proxy meeting-muted" onClick={() => onProxy(entry)}>
                代签到
              </Text>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}

function Minutes({
  meeting,
  busy,
  onRelease,
}: {
  meeting: MeetingDetail
  busy: string
  onRelease: () => void
}) {
  const minutes = meeting.minutes
  if (!minutes) {
    if (!meeting.hasMinutes) return null
    return (
      <Text className="banner banner--warn meeting-minutes-held">
        会议纪要正在复核，复核后可以查看
      </Text>
    )
  }
  return (
    <View className="card meeting-minutes">
      <Text className="meeting-card__title">会议纪要</Text>
      {minutes.held ? (
        <View className="banner banner--warn">
          <Text>内容安全检查提示需要人工复核，党员暂时看不到这份纪要。</Text>
          {meeting.can.decide ? (
            <Button
              className="meeting-release"
              size="small"
              loading={busy === 'release'}
              onClick={onRelease}
            >
              已复核，发布纪要
            </Button>
          ) : null}
        </View>
      ) : null}
      <Text className="meeting-muted meeting-minutes-counts">
        应到 {minutes.expectedCount} 人，实到 {minutes.attendedCount} 人（按签到记录统计）
      </Text>
      <Text className="meeting-card__text meeting-minutes-summary">{minutes.summary}</Text>
      {minutes.resolutions.length ? (
        <View className="meeting-minutes-resolutions">
          <Text className="meeting-field__label">决议事项</Text>
          {minutes.resolutions.map((text, index) => (
            <Text key={index} className="meeting-minutes__resolution">
              {index + 1}. {text}
            </Text>
          ))}
        </View>
      ) : null}
      {minutes.absentees.length ? (
        <View className="meeting-minutes-absentees">
          <Text className="meeting-field__label">缺席人员</Text>
          {minutes.absentees.map((person) => (
            <Text key={person.openid} className="meeting-minutes__resolution">
              {person.nickname}
              {person.reason ? `（${person.reason}）` : ''}
            </Text>
          ))}
        </View>
      ) : null}
      {minutes.photos.length ? (
        <View className="meeting-minutes__photos">
          {minutes.photos.map((photo) => (
            <View key={photo.fileID} className="meeting-minutes__photo-box">
              <Image
                className="meeting-minutes__photo"
                src={fileUrl(photo.fileID)}
                mode="aspectFill"
              />
              {photo.checking ? <CheckingBadge /> : null}
            </View>
          ))}
        </View>
      ) : null}
      <Text className="meeting-muted">
        {minutes.recordedBy.nickname} 记录于 {formatShanghai(minutes.recordedAt, 'M月D日 HH:mm')}
        {minutes.version > 1 ? `（第 ${minutes.version} 版）` : ''}
      </Text>
    </View>
  )
}
