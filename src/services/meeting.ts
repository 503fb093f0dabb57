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
import type { OrgIdInput } from '../../types/org.schema'
import { cloudFunction } from '../platform/cloud'

const meeting = cloudFunction<MeetingActions>('meeting')

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
