import type { Screen } from './screen'

export const inboxScreens: Screen[] = [
  {
    name: '消息',
    who: 'member',
    calls: [
      { fn: 'inbox', event: { action: 'listMine' } },
      { fn: 'inbox', event: { action: 'countUnread' } },
    ],
  },
]
