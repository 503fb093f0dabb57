import { useCallback } from 'react'
import type { ReviewItem } from '../../../../types/lesson'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listReviewQueue } from '../../../services/lesson'

/** Lessons waiting for the caller's review in the org's subtree; fresh again after reviewing one. */
export function useReviewQueue(orgId: string) {
  const fetchPage = useCallback((page: number) => listReviewQueue({ orgId, page }), [orgId])
  return usePagedList<ReviewItem>(fetchPage, { reloadOnShow: true })
}
