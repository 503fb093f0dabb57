import type { Screen } from './screen'

export const userScreens: Screen[] = [
  { name: '我的 (login)', who: 'member', calls: [{ fn: 'user', event: { action: 'login' } }] },
]
