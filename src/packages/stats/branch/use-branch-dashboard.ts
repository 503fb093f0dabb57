import { getBranchDashboard } from '../../../services/stats'
import { useDashboard } from '../use-dashboard'

export function useBranchDashboard() {
  return useDashboard(getBranchDashboard)
}
