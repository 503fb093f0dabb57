import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { ACTIVITY_KIND_LABELS } from '../../../../types/activity'
import type { Reply } from '../../../../types/errors'
import { useReply } from '../../../hooks/use-reply'
import { uploadFile } from '../../../platform/files'
import { prepareGroupShare } from '../../../platform/share'
import {
  addPhotos,
  cancelActivity,
  cancelSignUp,
  checkIn,
  getActivity,
  reviewPhoto,
  reviewReflection,
  signUp,
  submitReflection,
} from '../../../services/activity'
import { activityPaths } from '../shared/paths'

/** What is running now, so only that button spins. */
export type Busy =
  '' | 'signUp' | 'cancelSignUp' | 'checkIn' | 'photos' | 'reflection' | 'review' | 'cancelActivity'

/**
 * One activity and everything a member or a 支委 does on it. Every action shows the server's message
 * when refused and reloads the activity when done, so counts and lists are never stale.
 */
export function useActivity(orgId: string, activityId: string) {
  const fetch = useCallback(() => getActivity({ orgId, activityId }), [orgId, activityId])
  // Back from the host's code page or a photo picker: counts may have moved.
  const { state, retry, reload: load } = useReply(fetch, { reloadOnShow: true })
  const [busy, setBusy] = useState<Busy>('')
  const [actionError, setActionError] = useState('')

  usePullDownRefresh(() => setActionError(''))

  useEffect(() => {
    // A card shared into the group carries a shareTicket, so opening it tells the app which group.
    prepareGroupShare().catch(() => undefined)
  }, [])

  useShareAppMessage(() => {
    const path = activityPaths.detail(orgId, activityId)
    if (state.status !== 'ready') return { title: '支部活动', path }
    const { kind, title } = state.data
    return { title: `${ACTIVITY_KIND_LABELS[kind]}｜${title}`, path }
  })

  /** Runs one action; resolves to the server's refusal ('' when done) and reloads on success. */
  const run = useCallback(
    async <T>(kind: Busy, action: () => Promise<Reply<T>>, done?: string): Promise<string> => {
      setBusy(kind)
      setActionError('')
      const reply = await action()
      setBusy('')
      if (!reply.ok) {
        setActionError(reply.message)
        // A conflict means the activity moved on (full, closed, cancelled): show it as it is now.
        if (reply.code === 'CONFLICT') await load()
        return reply.message
      }
      if (done) void Taro.showToast({ title: done, icon: 'success' })
      await load()
      return ''
    },
    [load],
  )

  const ref = { orgId, activityId }
  return {
    state,
    busy,
    actionError,
    retry,
    signUp: () => void run('signUp', () => signUp(ref), '报名成功'),
    cancelSignUp: () => void run('cancelSignUp', () => cancelSignUp(ref), '已取消报名'),
    checkIn: (code: string) => run('checkIn', () => checkIn({ ...ref, code }), '签到成功'),
    cancelActivity: (reason: string) =>
      run('cancelActivity', () => cancelActivity({ ...ref, reason }), '活动已取消'),
    submitReflection: (text: string) => run('reflection', () => submitReflection({ ...ref, text })),
    reviewReflection: (memberId: string, approve: boolean) =>
      void run('review', () => reviewReflection({ ...ref, memberId, approve })),
    reviewPhoto: (photoId: string, approve: boolean) =>
      void run('review', () => reviewPhoto({ ...ref, photoId, approve })),
    addPhotos: () => void pickAndUpload(run, ref),
  }
}

type Run = <T>(kind: Busy, action: () => Promise<Reply<T>>, done?: string) => Promise<string>

/** Up to 9 photos from the album or camera, uploaded to storage, then attached to the activity. */
async function pickAndUpload(run: Run, ref: { orgId: string; activityId: string }) {
  let paths: string[]
  try {
    // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html
    const picked = await Taro.chooseMedia({
      count: 9,
      mediaType: ['image'],
      sizeType: ['compressed'],
    })
    paths = picked.tempFiles.map((file) => file.tempFilePath)
  } catch {
    return // cancelled
  }
  if (paths.length === 0) return
  await run(
    'photos',
    async () => {
      try {
        const fileIDs = await Promise.all(paths.map((path) => uploadFile('activity', path)))
        return addPhotos({ ...ref, fileIDs })
      } catch {
        return {
          ok: false as const,
          code: 'INTERNAL' as const,
          message: '照片上传失败，请检查网络后重试',
        }
      }
    },
    '照片已上传',
  )
}
