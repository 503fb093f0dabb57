import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { StatsActions } from '../../../types/stats'
import { getBranchDashboard } from './actions/get-branch-dashboard'
import { getCommitteeDashboard } from './actions/get-committee-dashboard'

const actions: ActionsFor<StatsActions> = {
  getBranchDashboard,
  getCommitteeDashboard,
}

export const main = createRouter('stats', actions)
