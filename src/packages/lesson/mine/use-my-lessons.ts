import { useCallback } from 'react'
import type { MyLessonItem } from '../../../../types/lesson'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listMyLessons } from '../../../services/lesson'

/** The author's lessons, last changed first; fresh again when they come back from the editor. */
export function useMyLessons() {
  const fetchPage = useCallback((page: number) => listMyLessons({ page }), [])
  return usePagedList<MyLessonItem>(fetchPage, { reloadOnShow: true })
}
