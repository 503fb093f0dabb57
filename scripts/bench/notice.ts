import type { Screen } from './screen'

export const noticeScreens: Screen[] = [
  {
    name: '通知 list',
    who: 'member',
    calls: [{ fn: 'notice', event: { action: 'listNotices', orgId: 'org-branch-1' } }],
  },
  {
    name: '通知 detail (签阅)',
    who: 'member',
    calls: [
      {
        fn: 'notice',
        event: { action: 'openNotice', orgId: 'org-branch-1', noticeId: 'notice-demo-meeting' },
      },
    ],
  },
  {
    name: '签阅情况 (read report)',
    who: 'admin',
    calls: [
      {
        fn: 'notice',
        event: { action: 'readReport', orgId: 'org-committee', noticeId: 'notice-demo-study' },
      },
    ],
  },
]
