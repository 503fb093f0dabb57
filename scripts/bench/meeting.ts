import type { Screen } from './screen'

/** The meeting screens as they open: list (upcoming + past tabs load one at a time) and detail. */
export const meetingScreens: Screen[] = [
  {
    name: '会议 list (upcoming)',
    who: 'member',
    calls: [
      { fn: 'meeting', event: { action: 'listMeetings', orgId: 'org-branch-1', when: 'upcoming' } },
    ],
  },
  {
    name: '会议 list (past, secretary)',
    who: 'secretary',
    calls: [
      { fn: 'meeting', event: { action: 'listMeetings', orgId: 'org-branch-1', when: 'past' } },
    ],
  },
  {
    name: '会议 detail (member)',
    who: 'member',
    calls: [
      {
        fn: 'meeting',
        event: { action: 'getMeeting', meetingId: 'meeting-demo-b1-congress-past' },
      },
    ],
  },
  {
    name: '会议 detail (secretary, roster)',
    who: 'secretary',
    calls: [
      {
        fn: 'meeting',
        event: { action: 'getMeeting', meetingId: 'meeting-demo-b1-congress-past' },
      },
    ],
  },
  {
    name: '三会一课 completeness',
    who: 'member',
    calls: [{ fn: 'meeting', event: { action: 'getCompleteness', orgId: 'org-branch-1' } }],
  },
]
