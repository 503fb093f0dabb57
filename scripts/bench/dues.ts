import type { Screen } from './screen'

const orgId = 'org-branch-1'

export const duesScreens: Screen[] = [
  {
    name: '我的党费',
    who: 'member',
    calls: [{ fn: 'dues', event: { action: 'getMyDues', orgId, year: 2026 } }],
  },
  {
    name: '本月党费 (secretary)',
    who: 'secretary',
    calls: [{ fn: 'dues', event: { action: 'monthOverview', orgId, month: '2026-11' } }],
  },
  {
    name: '党费公开',
    who: 'member',
    calls: [{ fn: 'dues', event: { action: 'publicSummary', orgId, year: 2026 } }],
  },
  {
    name: '党费标准',
    who: 'member',
    calls: [{ fn: 'dues', event: { action: 'getRates', orgId } }],
  },
]
