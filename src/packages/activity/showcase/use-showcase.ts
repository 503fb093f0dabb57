import { useCallback } from 'react'
import type { ShowcaseItem } from '../../../../types/activity'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listShowcase } from '../../../services/activity'

/** 支部风采 of the org and every org below it, 20 activities a page. */
export function useShowcase(orgId: string) {
  const fetchPage = useCallback((page: number) => listShowcase({ orgId, page }), [orgId])
  return usePagedList<ShowcaseItem>(fetchPage)
}
