import type { Completeness, MeetingDetail, MeetingSummary, RosterEntry } from '../../types/meeting'

export const summary = (overrides: Partial<MeetingSummary> = {}): MeetingSummary => ({
  id: 'mtg-1',
  orgId: 'org-branch-1',
  kind: 'committee',
  title: '十一月支委会',
  startsAt: '2026-11-22T06:00:00.000Z',
  endsAt: '2026-11-22T07:00:00.000Z',
  place: '小会议室',
  phase: 'open',
  expectedCount: 3,
  attendedCount: 1,
  myStatus: null,
  expectedMe: true,
  hasMinutes: false,
  ...overrides,
})

export const NO_POWERS = { manage: false, showCode: false, record: false, decide: false }
export const ALL_POWERS = { manage: true, showCode: true, record: true, decide: true }

export const rosterEntry = (overrides: Partial<RosterEntry> = {}): RosterEntry => ({
  openid: 'o-member',
  nickname: '张晓明',
  role: 'member',
  expected: true,
  attendance: null,
  ...overrides,
})

export const detail = (overrides: Partial<MeetingDetail> = {}): MeetingDetail => ({
  ...summary(),
  orgName: '第一党支部',
  agenda: '研究下月工作',
  host: { openid: 'o-secretary', nickname: '王建国' },
  recorder: { openid: 'o-committee', nickname: '李红梅' },
  signInOpensAt: '2026-11-22T05:30:00.000Z',
  cancelReason: '',
  myAttendance: null,
  counts: { expected: 3, attended: 1, guests: 0, leave: 0, pending: 0, missing: 2 },
  quorum: null,
  roster: null,
  minutes: null,
  minutesRestricted: false,
  can: NO_POWERS,
  ...overrides,
})

export const completeness = (overrides: Partial<Completeness> = {}): Completeness => ({
  orgId: 'org-branch-1',
  year: 2026,
  quarter: 4,
  items: [
    { kind: 'congress', required: 1, held: 1, recorded: 1 },
    { kind: 'committee', required: 3, held: 1, recorded: 0 },
    { kind: 'group', required: 3, held: 0, recorded: 0 },
    { kind: 'lecture', required: 1, held: 0, recorded: 0 },
    { kind: 'themeDay', required: 3, held: 0, recorded: 0 },
  ],
  required: 11,
  fulfilled: 2,
  percent: 18,
  rhythm: { congress: 1, committee: 3, group: 3, lecture: 1, themeDay: 3 },
  customRhythm: false,
  ...overrides,
})
