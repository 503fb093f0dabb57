import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { ProgressResult } from '../../../../types/lesson'
import { badLink, useReply } from '../../../hooks/use-reply'
import {
  getLesson,
  reviewLesson,
  saveReflection,
  setPinned,
  setRequired,
  submitLesson,
  withdrawLesson,
} from '../../../services/lesson'

/**
 * One lesson, as its reader, author or reviewer sees it, and what each may do with it. Every action
 * answers with a message to show ('' when done) so the page keeps what was typed on a refusal.
 */
export function useReader(lessonId: string) {
  const fetch = useCallback(
    () =>
      lessonId ? getLesson({ lessonId }) : badLink('链接缺少微党课信息，请从学习列表重新进入'),
    [lessonId],
  )
  const { state, retry, reload, update } = useReply(fetch)
  const [busy, setBusy] = useState(false)

  /** A heartbeat's answer: the server's count is the truth shown on screen. */
  const applyProgress = useCallback(
    (result: ProgressResult) => {
      update((lesson) => {
        if (!lesson.progress) return lesson
        const progress = lesson.progress
        return {
          ...lesson,
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
        }
      })
      if (result.completed) void Taro.showToast({ title: '已完成学习', icon: 'success' })
    },
    [update],
  )

  /** Runs an action, reloads on success, and hands back the refusal message (or ''). */
  const act = useCallback(
    async (run: () => Promise<{ ok: true } | { ok: false; message: string }>, done: string) => {
      setBusy(true)
      const reply = await run()
      setBusy(false)
      if (!reply.ok) return reply.message
      void Taro.showToast({ title: done, icon: 'none' })
      await reload()
      return ''
    },
    [reload],
  )

  const lesson = state.status === 'ready' ? state.data : null
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
      update((shown) =>
        shown.progress
          ? {
              ...shown,
              progress: {
                ...shown.progress,
                reflection: reply.data.reflection,
                reflectionHeld: reply.data.held,
              },
            }
          : shown,
      )
      void Taro.showToast({ title: '心得已保存', icon: 'success' })
      return ''
    },
  }
}
