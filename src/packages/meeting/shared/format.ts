import {
  ATTENDANCE_LABELS,
  MEETING_KIND_LABELS,
  type AttendanceStatus,
  type MeetingPhase,
  type MeetingSummary,
} from '../../../../types/meeting'
import { formatShanghai } from '../../../format/datetime'

export const PHASE_LABELS: Record<MeetingPhase, string> = {
  upcoming: '未开始',
  open: '签到中',
  ended: '已结束',
  cancelled: '已取消',
}

/** `11月22日 周六 14:30—15:30`, in Asia/Shanghai. */
export function timeRange(startsAt: string, endsAt: string): string {
  const sameDay = formatShanghai(startsAt, 'YYYY-MM-DD') === formatShanghai(endsAt, 'YYYY-MM-DD')
  const start = formatShanghai(startsAt, 'M月D日 ddd HH:mm')
  return `${start}—${formatShanghai(endsAt, sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}

export function kindLabel(meeting: Pick<MeetingSummary, 'kind'>): string {
  return MEETING_KIND_LABELS[meeting.kind]
}

/** The caller's own standing, as the list shows it; nothing before sign-in opens or when called off. */
export function myStatusLabel(
  status: AttendanceStatus | null,
  expectedMe: boolean,
  phase: MeetingPhase,
): string {
  if (phase === 'cancelled') return ''
  if (status) return ATTENDANCE_LABELS[status]
  return expectedMe && phase !== 'upcoming' ? '未签到' : ''
}
