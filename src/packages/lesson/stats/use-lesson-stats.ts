import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { LessonStats } from '../../../../types/lesson'
import { getLessonStats } from '../../../services/lesson'

export type StatsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; stats: LessonStats }

/** One lesson's completion in the branches under `?orgId=` (`?id=` the lesson). */
export function useLessonStats() {
  const { params } = useRouter()
  const lessonId = typeof params.id === 'string' ? params.id : ''
  const orgId = typeof params.orgId === 'string' ? params.orgId : ''
  const [state, setState] = useState<StatsState>({ status: 'loading' })

  const load = useCallback(async () => {
    if (!lessonId || !orgId) {
      setState({ status: 'error', message: '链接缺少微党课或组织信息，请从微党课页面重新进入' })
      return
    }
    const reply = await getLessonStats({ orgId, lessonId })
    setState(
      reply.ok
        ? { status: 'ready', stats: reply.data }
        : { status: 'error', message: reply.message },
    )
  }, [lessonId, orgId])

  useEffect(() => {
    void load()
  }, [load])

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  return {
    state,
    retry: () => {
      setState({ status: 'loading' })
      void load()
    },
  }
}
