import {
  ATTENDED,
  MAKEUP_DAYS,
  type MeetingDetail,
  type RosterEntry,
} from '../../../../types/meeting'
import { DAY_MS } from '../../../../types/time'

/** What the person looking at a meeting may do on it now; the page only shows what is true here. */
export interface MeetingActions {
  /** 我的签到 is shown at all (not for a cancelled meeting). */
  mine: boolean
  /** The 6-digit code box (and 扫码 in WeChat). */
  signIn: boolean
  askLeave: boolean
  /** 申请补签 as a button: after the meeting, within MAKEUP_DAYS. */
  askMakeup: boolean
  /** During sign-in, a quiet link to 补签 for whoever cannot sign in now. */
  makeupHint: boolean
  /** 开会前提醒我: the reminder goes to expected people not excused (cloudfunctions/cron jobs). */
  subscribe: boolean
  showCode: boolean
  shareCard: boolean
  writeMinutes: boolean
  edit: boolean
  cancel: boolean
  /** 会议管理 has anything in it. */
  manageCard: boolean
  /** Approve or decline 请假/补签 requests on the roster. */
  decide: boolean
  /** 代签到 is possible in this phase (which entries: see rosterActions). */
  proxy: boolean
  releaseMinutes: boolean
  /** The 党员大会 quorum line is worth showing (once attendance means something). */
  quorum: boolean
}

/**
 * The rules of the meeting actions as the server applies them (cloudfunctions/meeting/src/actions),
 * from what getMeeting answered for this person (`can`, `myAttendance`, `expectedMe`, `phase`) and the
 * time: sign-in only while open; 请假 until the meeting ends, for those expected and not yet excused or
 * attended; 补签 once sign-in opened, up to MAKEUP_DAYS after the end; nothing on a cancelled meeting.
 */
export function meetingActions(meeting: MeetingDetail, now: number): MeetingActions {
  const { phase, can, expectedMe } = meeting
  const status = meeting.myAttendance?.status ?? null
  const attended = status !== null && ATTENDED.includes(status)
  const pending = status === 'pending'
  const onLeave = status === 'leave'
  const live = phase === 'upcoming' || phase === 'open'
  const makeupWindow =
    phase === 'open' ||
    (phase === 'ended' && now - Date.parse(meeting.endsAt) < MAKEUP_DAYS * DAY_MS)
  const free = !attended && !pending

  const showCode = can.showCode && phase === 'open'
  const shareCard = can.showCode && live
  const writeMinutes = can.record && (phase === 'open' || phase === 'ended')
  const edit = can.manage && live
  return {
    mine: phase !== 'cancelled',
    signIn: phase === 'open' && !attended,
    askLeave: live && expectedMe && free && !onLeave,
    askMakeup: phase === 'ended' && makeupWindow && free,
    makeupHint: phase === 'open' && free,
    subscribe: phase === 'upcoming' && expectedMe && !attended && !onLeave,
    showCode,
    shareCard,
    writeMinutes,
    edit,
    cancel: edit,
    manageCard: showCode || shareCard || writeMinutes || edit,
    decide: can.decide,
    proxy: can.decide && (phase === 'open' || phase === 'ended'),
    releaseMinutes: can.decide && meeting.minutes?.held === true,
    quorum: meeting.quorum !== null && (phase === 'open' || phase === 'ended'),
  }
}

/** After the end a 代签 is a 会后补录, and says so (the 台账 shows it as such). */
export function proxyLabel(meeting: Pick<MeetingDetail, 'phase'>): '代签到' | '会后补录' {
  return meeting.phase === 'ended' ? '会后补录' : '代签到'
}

/**
 * What a 书记 may do on one roster line: decide a waiting request, or sign in by proxy — never over
 * an approved leave (the server refuses it; the person asks for 补签 themselves if they came).
 */
export function rosterActions(
  actions: MeetingActions,
  entry: RosterEntry,
): { decide: boolean; proxy: boolean } {
  const status = entry.attendance?.status ?? null
  const attended = status !== null && ATTENDED.includes(status)
  return {
    decide: actions.decide && status === 'pending',
    proxy: actions.proxy && !attended && status !== 'pending' && status !== 'leave',
  }
}
