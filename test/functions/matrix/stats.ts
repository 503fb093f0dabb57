import { SECRETARY, type OrgActionCase } from './cases'

/** Dashboards read counts only: nothing destructive, any order. */
export const statsCases: OrgActionCase[] = [
  {
    fn: 'stats',
    action: 'getBranchDashboard',
    roles: ['secretary', 'deputy', 'committee'],
    input: (orgId) => ({ orgId }),
  },
  {
    fn: 'stats',
    action: 'getCommitteeDashboard',
    roles: SECRETARY,
    input: (orgId) => ({ orgId }),
  },
]
