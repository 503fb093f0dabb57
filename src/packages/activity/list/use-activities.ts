import { useCallback } from 'react'
import type { ActivitySummary } from '../../../../types/activity'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listActivities } from '../../../services/activity'
import { useCanPublish } from '../shared/use-permissions'

/** The branch's activities, 20 a page; fresh again when coming back from a detail or the form. */
export function useActivities(orgId: string) {
  const fetchPage = useCallback((page: number) => listActivities({ orgId, page }), [orgId])
  const list = usePagedList<ActivitySummary>(fetchPage, { reloadOnShow: true })
  const canPublish = useCanPublish(orgId)
  return { ...list, canPublish }
}
