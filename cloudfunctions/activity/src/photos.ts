import { randomBytes } from 'node:crypto'
import type { ActivityPhoto } from '../../../types/activity'
import type { ActivityRecord, PhotoRecord } from '../../_shared/records/activity'

/** The mediaChecks item of a cover image. */
export const COVER = 'cover'

export function newPhotoId(): string {
  return `p${Date.now().toString(36)}${randomBytes(4).toString('hex')}`
}

/**
 * Oldest first. Approved photos for everybody; a pending one (its image check not back yet, or held for
 * a 支委 to look at) only for those who review and the one who uploaded it, marked 审核中.
 */
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
