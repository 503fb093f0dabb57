import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { Reply } from '../../../../types/errors'
import type { ProgressResult } from '../../../../types/lesson'
import { useAction } from '../../../hooks/use-action'
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

  // Each tool shows its own refusal beside it, so nothing goes to a page banner.
  const action = useAction<'lesson'>({ reload })
  const act = (run: () => Promise<Reply<unknown>>, done: string) =>
    action.run('lesson', run, { done, inline: true })

  const lesson = state.status === 'ready' ? state.data : null
  const scoped = lesson ? { orgId: lesson.orgId, lessonId: lesson.id } : null

  return {
    state,
    busy: action.busy !== '',
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
    saveReflection: (reflection: string) =>
      lesson
        ? action.run('lesson', () => saveReflection({ lessonId: lesson.id, reflection }), {
            done: '心得已保存',
            inline: true,
            reload: false,
            then: (saved) =>
              update((shown) =>
                shown.progress
                  ? {
                      ...shown,
                      progress: {
                        ...shown.progress,
                        reflection: saved.reflection,
                        reflectionHeld: saved.held,
                      },
                    }
                  : shown,
              ),
          })
        : Promise.resolve(''),
  }
}
