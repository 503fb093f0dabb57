import type { Screen } from './screen'

/** The dashboards on the demo data (the large committee set has its own section: ./large.ts). */
export const statsScreens: Screen[] = [
  {
    name: '统计 branch dashboard',
    who: 'secretary',
    calls: [{ fn: 'stats', event: { action: 'getBranchDashboard', orgId: 'org-branch-1' } }],
  },
  {
    name: '统计 committee dashboard',
    who: 'admin',
    calls: [{ fn: 'stats', event: { action: 'getCommitteeDashboard', orgId: 'org-committee' } }],
    budget: 6,
  },
]
