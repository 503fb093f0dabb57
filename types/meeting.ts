import type { ActionSpec } from './contract'
import type {
  AttendanceRequestInput,
  CancelMeetingInput,
  CompletenessInput,
  CreateMeetingInput,
  DecideRequestInput,
  ExportLedgerInput,
  ListMeetingsInput,
  MeetingRefInput,
  ProxySignInInput,
  RecordMinutesInput,
  SetRhythmInput,
  SignInInput,
  UpdateMeetingInput,
} from './meeting.schema'
import type { Page } from './org'
import type { OrgIdInput } from './org.schema'
import type { SignInCodeView } from './signin'
import type { Role } from './user'
import { COMMITTEE, PARTY_MEMBERS } from './roles'

export type {
  AttendanceRequestInput,
  CancelMeetingInput,
  CompletenessInput,
  CreateMeetingInput,
  DecideRequestInput,
  ExportLedgerInput,
  ListMeetingsInput,
  MeetingRefInput,
  ProxySignInInput,
  RecordMinutesInput,
  SetRhythmInput,
  SignInInput,
  UpdateMeetingInput,
}

/** 三会一课 and 主题党日. */
export const MEETING_KINDS = ['congress', 'committee', 'group', 'lecture', 'themeDay'] as const
export type MeetingKind = (typeof MEETING_KINDS)[number]

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  congress: '支部党员大会',
  committee: '支委会',
  group: '党小组会',
  lecture: '党课',
  themeDay: '主题党日',
}

/**
 * Who a meeting of this kind expects by default: a 支委会 is the committee's (书记, 副书记, 支委);
 * every other kind — 党员大会, 党小组会 (scheduled in the 党小组 itself), 党课, 主题党日 — every
 * 党员, 预备党员 included; 入党积极分子 and 群众 only when picked. The scheduling form and
 * `createMeeting` both start from it.
 */
export function expectedByKind(
  kind: MeetingKind,
  members: readonly { openid: string; role: Role }[],
): string[] {
  const roles = kind === 'committee' ? COMMITTEE : PARTY_MEMBERS
  return members.filter((person) => roles.includes(person.role)).map((person) => person.openid)
}

/**
 * Required meetings per quarter, from 《中国共产党支部工作条例（试行）》: 党员大会 quarterly, 支委会,
 * 党小组会 and 主题党日 monthly; 党课 quarterly (local rules differ). Each org may override it.
 */
export type MeetingRhythm = Record<MeetingKind, number>

/**
 * Kinds the 条例 asks for every month: the meter counts them month by month — a month adds at most its
 * share of the quarter's requirement (one, by default), so three 支委会 in October are one month, not a
 * quarter.
 */
export const MONTHLY_KINDS: readonly MeetingKind[] = ['committee', 'group', 'themeDay']
/** Kinds whose record is their minutes: held only once minuted. 党课 and 主题党日 need attendance only. */
export const MINUTED_KINDS: readonly MeetingKind[] = ['congress', 'committee', 'group']
export const DEFAULT_RHYTHM: MeetingRhythm = {
  congress: 1,
  committee: 3,
  group: 3,
  lecture: 1,
  themeDay: 3,
}

/** Sign-in opens this long before the start, so people arriving early are not turned away. */
export const SIGN_IN_OPENS_MINUTES = 30
/** 补签 may be asked for up to this many days after the meeting ended. */
export const MAKEUP_DAYS = 7

/** Where a meeting stands now: before its sign-in window, inside it, over, or called off. */
export type MeetingPhase = 'upcoming' | 'open' | 'ended' | 'cancelled'

/**
 * One person's attendance: `pending` while a 请假/补签 request waits for the secretary; `present`
 * signed in with the rotating code; `late` a 补签 that was approved; `leave` an approved 请假;
 * `proxy` signed in by the secretary (with who and why); `absent` a declined request.
 */
export type AttendanceStatus = 'pending' | 'present' | 'late' | 'leave' | 'proxy' | 'absent'
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  pending: '待审批',
  present: '已签到',
  late: '补签',
  leave: '请假',
  proxy: '代签到',
  absent: '缺席',
}
/** Counted in 实到. */
export const ATTENDED: readonly AttendanceStatus[] = ['present', 'late', 'proxy']

/** `proxy` 代签 during the sign-in window; `backfill` 补录 by the secretary after the meeting ended. */
export type AttendanceMethod = 'code' | 'scan' | 'proxy' | 'backfill' | 'makeup'
export type RequestKind = 'leave' | 'makeup'
export const REQUEST_LABELS: Record<RequestKind, string> = { leave: '请假', makeup: '补签' }

export interface PersonRef {
  openid: string
  nickname: string
}

export interface MeetingSummary {
  id: string
  orgId: string
  kind: MeetingKind
  title: string
  startsAt: string
  endsAt: string
  place: string
  phase: MeetingPhase
  expectedCount: number
  attendedCount: number
  /** The caller's own attendance, null when they have none yet. */
  myStatus: AttendanceStatus | null
  /** Whether the caller is on the list of expected attendees. */
  expectedMe: boolean
  hasMinutes: boolean
}

export interface AttendanceRequest {
  kind: RequestKind
  reason: string
  at: string
  decision: 'approved' | 'declined' | null
  decidedBy: PersonRef | null
}

export interface AttendanceView {
  status: AttendanceStatus
  method: AttendanceMethod | null
  at: string | null
  /** For proxy sign-ins: who did it and why. */
  by: PersonRef | null
  reason: string
  request: AttendanceRequest | null
}

export interface RosterEntry extends PersonRef {
  role: Role | null
  expected: boolean
  attendance: AttendanceView | null
}

export interface AttendanceCounts {
  /** 应到 */
  expected: number
  /** 实到: expected people who attended. */
  attended: number
  /** 列席: people who attended without being expected. */
  guests: number
  leave: number
  pending: number
  /** Expected people neither attended nor on approved leave. */
  missing: number
}

/**
 * 党员大会 needs more than half of the voting (正式) members present; 预备党员 attend but do not
 * count. Shown so a secretary sees at once that a meeting could not proceed.
 */
export interface Quorum {
  voting: number
  votingPresent: number
  met: boolean
}

export interface MinutesPhoto {
  fileID: string
  /** Waiting for the image check; shown only to the recorder and leaders meanwhile. */
  checking: boolean
}

export interface Absentee extends PersonRef {
  reason: string
}

export interface MinutesView {
  summary: string
  resolutions: string[]
  photos: MinutesPhoto[]
  /** 应到 / 实到, computed from attendance when the minutes were saved and kept current. */
  expectedCount: number
  attendedCount: number
  absentees: Absentee[]
  recordedBy: PersonRef
  recordedAt: string
  version: number
  /** The text check asked for a human look: only leaders and the recorder see it until released. */
  held: boolean
}

export interface MeetingPermissions {
  /** Edit, cancel, share the card (支委 and leaders). */
  manage: boolean
  /** Show the rotating code (the host, 支委 and leaders). */
  showCode: boolean
  /** Write the minutes (the recorder and leaders). */
  record: boolean
  /** Approve 请假/补签, sign in by proxy, release held minutes (书记, 副书记). */
  decide: boolean
}

export interface MeetingDetail extends MeetingSummary {
  orgName: string
  agenda: string
  host: PersonRef
  recorder: PersonRef
  signInOpensAt: string
  cancelReason: string
  myAttendance: AttendanceView | null
  counts: AttendanceCounts
  quorum: Quorum | null
  /** Everyone expected plus anyone else who signed in; only for those who manage the meeting. */
  roster: RosterEntry[] | null
  /** Null before the minutes exist, or while they are held for review and the caller may not see them. */
  minutes: MinutesView | null
  /** Minutes exist but are the committee's (a 支委会's), and this person is not on it. */
  minutesRestricted: boolean
  can: MeetingPermissions
}

export interface SignInResult {
  status: AttendanceStatus
  /** True when this person had already signed in: nothing was written. */
  already: boolean
  at: string
}

export interface ShareCard {
  /** For `updateShareMenu({ isUpdatableMessage: true, activityId })`; null if WeChat gave none. */
  activityId: string | null
  title: string
  path: string
  attended: number
  expected: number
}

export interface LedgerFile {
  fileID: string
  /** A temporary download URL (valid about 2 hours). */
  url: string
  name: string
}

export interface LedgerExport {
  meetingCount: number
  docx: LedgerFile
  xlsx: LedgerFile
}

export interface CompletenessItem {
  kind: MeetingKind
  required: number
  /** Held (ended, not cancelled) in the quarter. */
  held: number
  /** Of those, with minutes recorded. */
  recorded: number
}

export interface Completeness {
  orgId: string
  year: number
  quarter: number
  items: CompletenessItem[]
  required: number
  /** Held meetings counted up to what each kind requires (extra meetings of one kind do not fill another). */
  fulfilled: number
  /** 0–100. */
  percent: number
  rhythm: MeetingRhythm
  /** Whether the rhythm is this org's own setting rather than the default. */
  customRhythm: boolean
}

/** What a 请假/补签 request, its decision or a proxy sign-in changed; the page reloads the detail. */
export interface AttendanceChange {
  memberId: string
  status: AttendanceStatus
  request: RequestKind | null
}

/** Who can be host, recorder and expected attendee: the org's active members, leaders first. */
export interface MeetingFormData {
  orgId: string
  orgName: string
  members: (PersonRef & { role: Role })[]
}

export interface MeetingActions {
  getMeetingForm: ActionSpec<OrgIdInput, MeetingFormData>
  listMeetings: ActionSpec<ListMeetingsInput, Page<MeetingSummary>>
  getMeeting: ActionSpec<MeetingRefInput, MeetingDetail>
  createMeeting: ActionSpec<CreateMeetingInput, MeetingDetail>
  updateMeeting: ActionSpec<UpdateMeetingInput, MeetingDetail>
  cancelMeeting: ActionSpec<CancelMeetingInput, MeetingSummary>
  getSignInCode: ActionSpec<MeetingRefInput, SignInCodeView>
  signIn: ActionSpec<SignInInput, SignInResult>
  requestAttendance: ActionSpec<AttendanceRequestInput, AttendanceChange>
  decideRequest: ActionSpec<DecideRequestInput, AttendanceChange>
  proxySignIn: ActionSpec<ProxySignInInput, AttendanceChange>
  recordMinutes: ActionSpec<RecordMinutesInput, MinutesView>
  releaseMinutes: ActionSpec<MeetingRefInput, MinutesView>
  shareCard: ActionSpec<MeetingRefInput, ShareCard>
  exportLedger: ActionSpec<ExportLedgerInput, LedgerExport>
  getCompleteness: ActionSpec<CompletenessInput, Completeness>
  setRhythm: ActionSpec<SetRhythmInput, Completeness>
}
