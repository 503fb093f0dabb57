import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { ErrorCode } from '../../../../types/errors'
import type { LessonDetail, ProgressResult } from '../../../../types/lesson'
import {
  getLesson,
  reviewLesson,
  saveReflection,
  setPinned,
  setRequired,
  submitLesson,
  withdrawLesson,
} from '../../../services/lesson'

export type ReaderState =
  | { status: 'loading' }
  | { status: 'error'; code: ErrorCode; message: string }
  | { status: 'ready'; lesson: LessonDetail }

/**
 * One lesson, as its reader, author or reviewer sees it, and what each may do with it. Every action
 * answers with a message to show ('' when done) so the page keeps what was typed on a refusal.
 */
export function useReader(lessonId: string) {
  const [state, setState] = useState<ReaderState>({ status: 'loading' })
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!lessonId) {
      setState({
        status: 'error',
        code: 'INVALID_ARGUMENT',
        message: '链接缺少微党课信息，请从学习列表重新进入',
      })
      return
    }
    const reply = await getLesson({ lessonId })
    setState(
      reply.ok
        ? { status: 'ready', lesson: reply.data }
        : { status: 'error', code: reply.code, message: reply.message },
    )
  }, [lessonId])

  useEffect(() => {
    void load()
  }, [load])

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])

  /** A heartbeat's answer: the server's count is the truth shown on screen. */
  const applyProgress = useCallback((result: ProgressResult) => {
    setState((previous) => {
      if (previous.status !== 'ready' || !previous.lesson.progress) return previous
      const progress = previous.lesson.progress
      return {
        status: 'ready',
        lesson: {
          ...previous.lesson,
          progress: {
            ...progress,
            percent: result.percent,
            activeSeconds: result.activeSeconds,
            neededSeconds: result.neededSeconds,
            completed: result.completed || progress.completed,
            completedAt:
              result.completed && !progress.completedAt
                ? new Date().toISOString()
                : progress.completedAt,
          },
        },
      }
    })
    if (result.completed) void Taro.showToast({ title: '已完成学习', icon: 'success' })
  }, [])

  /** Runs an action, reloads on success, and hands back the refusal message (or ''). */
  const act = useCallback(
    async (run: () => Promise<{ ok: true } | { ok: false; message: string }>, done: string) => {
      setBusy(true)
      const reply = await run()
      setBusy(false)
      if (!reply.ok) return reply.message
      void Taro.showToast({ title: done, icon: 'none' })
      await load()
      return ''
    },
    [load],
  )

  const lesson = state.status === 'ready' ? state.lesson : null
  const scoped = lesson ? { orgId: lesson.orgId, lessonId: lesson.id } : null

  return {
    state,
    busy,
    retry,
    applyProgress,
    publish: () =>
      scoped
        ? act(() => reviewLesson({ ...scoped, decision: 'publish' }), '已发布')
        : Promise.resolve(''),
    reject: (note: string) =>
      scoped
        ? act(() => reviewLesson({ ...scoped, decision: 'reject', note }), '已退回给作者')
        : Promise.resolve(''),
    submit: () => (scoped ? act(() => submitLesson(scoped), '已提交审核') : Promise.resolve('')),
    withdraw: () => (scoped ? act(() => withdrawLesson(scoped), '已撤回') : Promise.resolve('')),
    togglePin: () =>
      scoped && lesson
        ? act(
            () => setPinned({ ...scoped, pinned: !lesson.pinned }),
            lesson.pinned ? '已取消置顶' : '已置顶',
          )
        : Promise.resolve(''),
    setDue: (due: string | null) =>
      scoped && lesson?.can.requireOrgId
        ? act(
            () => setRequired({ orgId: lesson.can.requireOrgId ?? '', lessonId: lesson.id, due }),
            due ? '已设为规定动作' : '已取消规定动作',
          )
        : Promise.resolve(''),
    saveReflection: async (reflection: string): Promise<string> => {
      if (!lesson) return ''
      setBusy(true)
      const reply = await saveReflection({ lessonId: lesson.id, reflection })
      setBusy(false)
      if (!reply.ok) return reply.message
      setState((previous) =>
        previous.status === 'ready' && previous.lesson.progress
          ? {
              status: 'ready',
              lesson: {
                ...previous.lesson,
                progress: {
                  ...previous.lesson.progress,
                  reflection: reply.data.reflection,
                  reflectionHeld: reply.data.held,
                },
              },
            }
          : previous,
      )
      void Taro.showToast({ title: '心得已保存', icon: 'success' })
      return ''
    },
  }
}
