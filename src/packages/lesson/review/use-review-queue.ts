import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import type { ReviewItem } from '../../../../types/lesson'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listReviewQueue } from '../../../services/lesson'

/** Lessons waiting for the caller's review in the org's subtree; fresh again after reviewing one. */
export function useReviewQueue(orgId: string) {
  const fetchPage = useCallback((page: number) => listReviewQueue({ orgId, page }), [orgId])
  const list = usePagedList<ReviewItem>(fetchPage)
  const shown = useRef(false)
  const { retry } = list
  useDidShow(() => {
    if (shown.current) retry()
    shown.current = true
  })
  return list
}
