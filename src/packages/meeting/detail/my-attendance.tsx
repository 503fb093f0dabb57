import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ATTENDANCE_LABELS, REQUEST_LABELS, type MeetingDetail } from '../../../../types/meeting'
import { SignInCodeForm } from '../../../components/signin-code-form'
import { formatShanghai } from '../../../format/datetime'
import type { MeetingActions } from './meeting-actions'
import type { MeetingBusy } from './use-meeting'

interface MyAttendanceProps {
  meeting: MeetingDetail
  actions: MeetingActions
  busy: MeetingBusy | ''
  onSignIn: (code: string, via: 'code' | 'scan') => Promise<string>
  onAsk: (kind: 'leave' | 'makeup') => void
  onSubscribe: () => void
}

/** 我的签到: where the person stands, and what they may do about it now. */
export function MyAttendance({
  meeting,
  actions,
  busy,
  onSignIn,
  onAsk,
  onSubscribe,
}: MyAttendanceProps) {
  if (!actions.mine) return null
  return (
    <View className="card meeting-my">
      <Text className="meeting-card__title">我的签到</Text>
      <MyStatus meeting={meeting} />
      {actions.signIn ? (
        <SignInCodeForm
          kind="meeting"
          id={meeting.id}
          busy={busy === 'sign-in'}
          onSubmit={onSignIn}
        />
      ) : null}
      <View className="meeting-actions">
        {actions.askLeave ? (
          <Button data-testid="meeting-ask-leave" size="small" onClick={() => onAsk('leave')}>
            请假
          </Button>
        ) : null}
        {actions.askMakeup ? (
          <Button data-testid="meeting-ask-makeup" size="small" onClick={() => onAsk('makeup')}>
            申请补签
          </Button>
        ) : null}
        {actions.makeupHint ? (
          <Text
            className="meeting-muted"
            data-testid="meeting-makeup-hint"
            onClick={() => onAsk('makeup')}
          >
            没带手机签到？会后可申请补签
          </Text>
        ) : null}
        {actions.subscribe ? (
          <Button
            data-testid="meeting-subscribe"
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

function MyStatus({ meeting }: { meeting: MeetingDetail }) {
  const mine = meeting.myAttendance
  if (!mine) {
    return (
      <Text className="meeting-my-status" data-testid="meeting-my-status" data-status="none">
        {meeting.phase === 'upcoming'
          ? `签到将于 ${formatShanghai(meeting.signInOpensAt, 'M月D日 HH:mm')} 开放`
          : meeting.phase === 'open'
            ? '会议签到中'
            : '未签到'}
      </Text>
    )
  }
  return (
    <Text className="meeting-my-status" data-testid="meeting-my-status" data-status={mine.status}>
      {ATTENDANCE_LABELS[mine.status]}
      {mine.at ? `（${formatShanghai(mine.at, 'M月D日 HH:mm')}）` : ''}
      {mine.request && mine.status === 'pending'
        ? `：${REQUEST_LABELS[mine.request.kind]}申请待书记审批（${mine.request.reason}）`
        : ''}
      {mine.request?.decision === 'declined' ? '：申请未获批准' : ''}
    </Text>
  )
}
