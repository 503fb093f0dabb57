import { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { useCallback, useEffect } from 'react'
import { ACTIVITY_KIND_LABELS, ACTIVITY_LIMITS } from '../../../../types/activity'
import { useAction } from '../../../hooks/use-action'
import { usePhotoUpload } from '../../../hooks/use-photo-upload'
import { useReply } from '../../../hooks/use-reply'
import { prepareGroupShare } from '../../../platform/share'
import {
  addPhotos,
  cancelActivity,
  cancelSignUp,
  checkIn,
  getActivity,
  reviewActivity,
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
  const { state, retry, reload } = useReply(fetch, { reloadOnShow: true })
  // A conflict means the activity moved on (full, closed, cancelled): show it as it is now.
  const {
    busy,
    error: actionError,
    setError,
    run,
  } = useAction<Busy>({
    reload,
    reloadOn: ['CONFLICT'],
  })

  usePullDownRefresh(() => setError(''))

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

  const ref = { orgId, activityId }
  // Photos that uploaded are attached at once; if attaching is refused they are held for 重试, and
  // the refusal shows beside the photos rather than at the top.
  const photos = usePhotoUpload({
    folder: 'activity',
    onUploaded: (fileIDs) =>
      run('photos', () => addPhotos({ ...ref, fileIDs }), { done: '照片已上传', inline: true }),
  })
  return {
    state,
    busy,
    actionError,
    retry,
    signUp: () => void run('signUp', () => signUp(ref), { done: '报名成功' }),
    cancelSignUp: () => void run('cancelSignUp', () => cancelSignUp(ref), { done: '已取消报名' }),
    // The check-in form shows its own refusal, under the code.
    checkIn: (code: string) =>
      run('checkIn', () => checkIn({ ...ref, code }), { done: '签到成功', inline: true }),
    cancelActivity: (reason: string) =>
      run('cancelActivity', () => cancelActivity({ ...ref, reason }), { done: '活动已取消' }),
    submitReflection: (text: string) => run('reflection', () => submitReflection({ ...ref, text })),
    reviewReflection: (memberId: string, approve: boolean) =>
      void run('review', () => reviewReflection({ ...ref, memberId, approve })),
    reviewActivity: (publish: boolean) =>
      void run('review', () => reviewActivity({ ...ref, publish }), {
        done: publish ? '活动已发布' : '已不予发布',
      }),
    reviewPhoto: (photoId: string, approve: boolean) =>
      void run('review', () => reviewPhoto({ ...ref, photoId, approve })),
    photos,
    addPhotos: () => void photos.pick(ACTIVITY_LIMITS.photosPerCall),
  }
}
