import type { StatsActions } from '../../types/stats'
import type { DashboardInput } from '../../types/stats.schema'
import { cloudFunction } from '../platform/cloud'

const stats = cloudFunction<StatsActions>('stats')

/** A branch's dashboard (its 支委会 and admins above). */
export function getBranchDashboard(input: DashboardInput) {
  return stats('getBranchDashboard', input)
}

/** A 党委's or 总支's dashboard with the table of its branches. */
export function getCommitteeDashboard(input: DashboardInput) {
  return stats('getCommitteeDashboard', input)
}

/** Where the dashboards live, for links from the 支部 home and between the two pages. */
export function dashboardPath(kind: 'branch' | 'committee', orgId: string): string {
  return `/packages/stats/${kind}/index?orgId=${encodeURIComponent(orgId)}`
}
