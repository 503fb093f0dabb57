import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import type { MyLessonItem } from '../../../../types/lesson'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listMyLessons } from '../../../services/lesson'

/** The author's lessons, last changed first; fresh again when they come back from the editor. */
export function useMyLessons() {
  const fetchPage = useCallback((page: number) => listMyLessons({ page }), [])
  const list = usePagedList<MyLessonItem>(fetchPage)
  const shown = useRef(false)
  const { retry } = list
  useDidShow(() => {
    if (shown.current) retry()
    shown.current = true
  })
  return list
}
