import { randomBytes } from 'node:crypto'
import type { Caller } from '../../_shared/caller'
import { cloud, type Database } from '../../_shared/cloud'
import { rows } from '../../_shared/db'
import type { ActivityPhoto } from '../../../types/activity'
import type { ActivityRecord, PhotoRecord } from './activities'

type Stats = { stats: { updated: number } }

/** The mediaChecks entry of a cover image. */
export const COVER = 'cover'

export function newPhotoId(): string {
  return `p${Date.now().toString(36)}${randomBytes(4).toString('hex')}`
}

/**
 * Submits images to mediaCheckAsync (v2, needs an https URL, so a temp URL of the fileID) and returns
 * one trace id per fileID ('' when the check could not be submitted: the photo then stays held for a
 * person). The verdict is pushed later and applied by `applyMediaVerdict`.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export async function submitMediaCheck(caller: Caller, fileIDs: string[]): Promise<string[]> {
  let urls: string[] = []
  try {
    const { fileList } = (await cloud.getTempFileURL({ fileList: fileIDs })) as unknown as {
      fileList: { fileID: string; tempFileURL: string }[]
    }
    urls = fileIDs.map(
      (fileID) => fileList.find((file) => file.fileID === fileID)?.tempFileURL ?? '',
    )
  } catch {
    return fileIDs.map(() => '')
  }
  return Promise.all(
    urls.map(async (url) => {
      if (!url) return ''
      try {
        const reply = (await cloud.openapi.security.mediaCheckAsync({
          mediaUrl: url,
          mediaType: 2,
          version: 2,
          scene: 4,
          openid: caller.openid,
        })) as { traceId?: string }
        return reply?.traceId ?? ''
      } catch {
        return ''
      }
    }),
  )
}

/**
 * Applies a pushed mediaCheckAsync verdict, found by its trace id: anything but `pass` takes the
 * photo down (and off the showcase count) whatever its status, or clears a cover. Meant for the
 * message-push entry that the shared router does not route yet (see the activity report); exported
 * and tested now so wiring it is one line.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html
 */
export async function applyMediaVerdict(
  db: Database,
  traceId: string,
  suggest: 'pass' | 'review' | 'risky',
): Promise<'kept' | 'removed' | 'unknown'> {
  if (!traceId) return 'unknown'
  const [activity] = await rows<Pick<ActivityRecord, '_id' | 'mediaChecks'>>(
    db
      .collection('activities')
      .where({ 'mediaChecks.traceId': traceId })
      .field({ _id: true, mediaChecks: true })
      .limit(1)
      .get(),
  )
  const check = activity?.mediaChecks.find((entry) => entry.traceId === traceId)
  if (!activity || !check) return 'unknown'
  if (suggest === 'pass') return 'kept'
  const _ = db.command
  if (check.photoId === COVER) {
    await db
      .collection('activities')
      .where({ _id: activity._id })
      .update({ data: { cover: '' } })
    return 'removed'
  }
  const path = `photos.${check.photoId}.status`
  const approved = (await db
    .collection('activities')
    .where({ _id: activity._id, [path]: 'approved' })
    .update({ data: { [path]: 'removed', photoCount: _.inc(-1) } })) as Stats
  if (approved.stats.updated === 0) {
    await db
      .collection('activities')
      .where({ _id: activity._id, [path]: 'pending' })
      .update({ data: { [path]: 'removed' } })
  }
  return 'removed'
}

/** Oldest first; approved for everybody, pending only for those who review and the uploader. */
export function visiblePhotos(
  activity: Pick<ActivityRecord, 'photos'>,
  viewer: string,
  reviews: boolean,
): ActivityPhoto[] {
  return Object.entries(activity.photos ?? {})
    .filter(
      ([, photo]) =>
        photo.status === 'approved' ||
        (photo.status === 'pending' && (reviews || photo.by === viewer)),
    )
    .sort(([, a], [, b]) => new Date(a.at).getTime() - new Date(b.at).getTime())
    .map(([id, photo]: [string, PhotoRecord]) => ({
      id,
      fileID: photo.fileID,
      byNickname: photo.byNickname,
      status: photo.status === 'approved' ? 'approved' : 'pending',
    }))
}
