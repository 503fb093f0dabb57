import { getCommitteeDashboard } from '../../../services/stats'
import { useDashboard } from '../use-dashboard'

export function useCommitteeDashboard() {
  return useDashboard(getCommitteeDashboard)
}
