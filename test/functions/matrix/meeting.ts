import type { Role } from '../../../types/user'
import { ANY, LEADERS, SECRETARY, type OrgActionCase, type Target } from './cases'

const COMMITTEE: Role[] = ['secretary', 'deputy', 'committee']

/**
 * Meeting actions address a meeting, and the meeting's org decides: one seeded upcoming meeting per
 * target (emulator/demo/seed-meeting.ts), hosted and recorded by that org's leaders (or the admin).
 */
const MEETING_OF: Record<Target, string> = {
  'org-branch-1': 'meeting-demo-b1-congress-next',
  'org-branch-2': 'meeting-demo-b2-committee-next',
  'org-general': 'meeting-demo-general-lecture-next',
}
const HOST_OF: Record<Target, string> = {
  'org-branch-1': 'o_demo_secretary',
  'org-branch-2': 'o_demo_02',
  'org-general': 'o_demo_admin',
}

const byMeeting = (
  action: string,
  roles: Role[],
  extra: Record<string, unknown> = {},
): OrgActionCase => ({
  fn: 'meeting',
  action,
  roles,
  input: (target) => ({ meetingId: MEETING_OF[target], ...extra }),
  byRecord: true,
})

// cancelMeeting comes last: the meeting stays cancelled for every later cell.
export const meetingCases: OrgActionCase[] = [
  {
    fn: 'meeting',
    action: 'listMeetings',
    roles: ANY,
    input: (orgId) => ({ orgId, when: 'upcoming' }),
  },
  { fn: 'meeting', action: 'getCompleteness', roles: ANY, input: (orgId) => ({ orgId }) },
  { fn: 'meeting', action: 'getMeetingForm', roles: COMMITTEE, input: (orgId) => ({ orgId }) },
  byMeeting('getMeeting', ANY),
  byMeeting('signIn', ANY, { code: '000000' }),
  byMeeting('requestAttendance', ANY, { kind: 'leave', reason: '矩阵测试' }),
  byMeeting('getSignInCode', COMMITTEE),
  byMeeting('shareCard', COMMITTEE),
  byMeeting('updateMeeting', COMMITTEE, { title: '矩阵测试改名' }),
  byMeeting('recordMinutes', COMMITTEE, {
    version: 0,
    summary: '矩阵测试填写的会议纪要内容',
    resolutions: [],
    photos: [],
  }),
  byMeeting('releaseMinutes', LEADERS),
  byMeeting('decideRequest', LEADERS, { memberId: 'o_demo_resident', approve: true }),
  byMeeting('proxySignIn', LEADERS, { memberId: 'o_demo_resident', reason: '矩阵测试' }),
  {
    fn: 'meeting',
    action: 'createMeeting',
    roles: COMMITTEE,
    input: (orgId) => ({
      orgId,
      requestId: `matrix-${orgId}`,
      kind: 'committee',
      title: '矩阵测试会议',
      agenda: '矩阵测试',
      startsAt: '2026-12-01T06:00:00.000Z',
      endsAt: '2026-12-01T07:00:00.000Z',
      place: '会议室',
      hostId: HOST_OF[orgId],
      recorderId: HOST_OF[orgId],
    }),
  },
  {
    fn: 'meeting',
    action: 'exportLedger',
    roles: LEADERS,
    input: (orgId) => ({ orgId, from: '2026-01-01', to: '2026-01-31' }),
  },
  {
    fn: 'meeting',
    action: 'setRhythm',
    roles: SECRETARY,
    input: (orgId) => ({
      orgId,
      rhythm: { congress: 1, committee: 3, group: 3, lecture: 1, themeDay: 3 },
    }),
  },
  byMeeting('cancelMeeting', COMMITTEE, { reason: '矩阵测试' }),
]
