import Taro from '@tarojs/taro'
import type {
  AttendanceRequestInput,
  CancelMeetingInput,
  CompletenessInput,
  CreateMeetingInput,
  DecideRequestInput,
  ExportLedgerInput,
  ListMeetingsInput,
  MeetingActions,
  MeetingRefInput,
  ProxySignInInput,
  RecordMinutesInput,
  SetRhythmInput,
  SignInInput,
  UpdateMeetingInput,
} from '../../types/meeting'
import type { Reply } from '../../types/errors'
import type { OrgIdInput } from '../../types/org.schema'
import { SUBSCRIBE_TEMPLATES } from '../../types/subscriptions'
import type { UserActions } from '../../types/user'
import { cloudFunction } from '../platform/cloud'

const meeting = cloudFunction<MeetingActions>('meeting')
const user = cloudFunction<UserActions>('user')

/** Members to choose host, recorder and 应到人员 from. */
export function getMeetingForm(input: OrgIdInput) {
  return meeting('getMeetingForm', input)
}

export function listMeetings(input: ListMeetingsInput) {
  return meeting('listMeetings', input)
}

export function getMeeting(input: MeetingRefInput) {
  return meeting('getMeeting', input)
}

export function createMeeting(input: CreateMeetingInput) {
  return meeting('createMeeting', input)
}

export function updateMeeting(input: UpdateMeetingInput) {
  return meeting('updateMeeting', input)
}

export function cancelMeeting(input: CancelMeetingInput) {
  return meeting('cancelMeeting', input)
}

/** The host's rotating code; ask again when it rotates. */
export function getSignInCode(input: MeetingRefInput) {
  return meeting('getSignInCode', input)
}

export function signIn(input: SignInInput) {
  return meeting('signIn', input)
}

/** 请假 or 补签, with a reason the secretary reads. */
export function requestAttendance(input: AttendanceRequestInput) {
  return meeting('requestAttendance', input)
}

export function decideRequest(input: DecideRequestInput) {
  return meeting('decideRequest', input)
}

export function proxySignIn(input: ProxySignInInput) {
  return meeting('proxySignIn', input)
}

export function recordMinutes(input: RecordMinutesInput) {
  return meeting('recordMinutes', input)
}

export function releaseMinutes(input: MeetingRefInput) {
  return meeting('releaseMinutes', input)
}

export function shareCard(input: MeetingRefInput) {
  return meeting('shareCard', input)
}

export function exportLedger(input: ExportLedgerInput) {
  return meeting('exportLedger', input)
}

export function getCompleteness(input: CompletenessInput) {
  return meeting('getCompleteness', input)
}

export function setRhythm(input: SetRhythmInput) {
  return meeting('setRhythm', input)
}

/**
 * Asks for meeting reminders from a tap (the only place WeChat allows it) and records what was
 * accepted, one send per accept. The local H5 preview has no subscribe dialog: it records the accept.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export async function subscribeMeetingReminder(): Promise<Reply<{ recorded: number }>> {
  const templateId = SUBSCRIBE_TEMPLATES.meetingReminder
  if (process.env.TARO_ENV !== 'h5') {
    try {
      const result = (await Taro.requestSubscribeMessage({
        tmplIds: [templateId],
        entityIds: [],
      })) as unknown as Record<string, string>
      if (result[templateId] !== 'accept') {
        return { ok: false, code: 'FORBIDDEN', message: '没有开启提醒；可以稍后再点“开会提醒我”' }
      }
    } catch {
      return { ok: false, code: 'INTERNAL', message: '没能打开订阅提醒，请稍后再试' }
    }
  }
  return user('recordSubscriptions', { accepted: ['meetingReminder'] })
}
