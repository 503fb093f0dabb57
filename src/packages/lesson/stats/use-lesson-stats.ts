import { useCallback } from 'react'
import { usePageParam } from '../../../hooks/use-page-param'
import { badLink, useReply } from '../../../hooks/use-reply'
import { getLessonStats } from '../../../services/lesson'

/** One lesson's completion in the branches under `?orgId=` (`?id=` the lesson). */
export function useLessonStats() {
  const lessonId = usePageParam('id')
  const orgId = usePageParam('orgId')
  const fetch = useCallback(
    () =>
      lessonId && orgId
        ? getLessonStats({ orgId, lessonId })
        : badLink('链接缺少微党课或组织信息，请从微党课页面重新进入'),
    [lessonId, orgId],
  )
  const { state, retry } = useReply(fetch)
  return { state, retry }
}
