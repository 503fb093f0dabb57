import { defineAction, grantOf } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { recordImageChecks, submitImageChecks } from '../../../_shared/media-check'
import { conflict } from '../../../_shared/errors'
import { ANY_ROLE, COMMITTEE } from '../../../_shared/policy'
import { permits } from '../../../../types/roles'
import { ACTIVITY_LIMITS, type ActivityPhoto } from '../../../../types/activity'
import { addPhotosInput } from '../../../../types/activity.schema'
import type { PhotoRecord } from '../../../_shared/records/activity'
import { findActivity, requireUnderway } from '../activities'
import { newPhotoId } from '../photos'
import { findSignup } from '../signups'

/**
 * Photos of the activity from those who took part (checked in) or run it. Every photo waits for its
 * image check (审核中 to its uploader and the 支委, hidden from others): a pass shows it on the activity
 * and its showcase, risky takes it down (_shared/verdicts/activity.ts); one held for a person waits for
 * a 支委 (reviewPhoto).
 */
export const addPhotos = defineAction({
  schema: addPhotosInput,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId, fileIDs }, context) {
    const { db, caller } = context
    const { roles } = grantOf(context)
    const now = new Date()
    const [activity, signup, [user]] = await Promise.all([
      findActivity(db, orgId, activityId),
      findSignup(db, activityId, caller.openid),
      rows<{ nickname?: string }>(
        db.collection('users').where({ _id: caller.openid }).limit(1).get(),
      ),
    ])
    requireUnderway(activity, now, '上传照片')
    const manages = permits(roles, COMMITTEE)
    const tookPart = signup?.status === 'signedUp' && signup.checkedIn
    if (!manages && !tookPart) throw conflict('签到参加了活动的同志才能上传照片')
    const shown = Object.values<PhotoRecord>(activity.photos ?? {}).filter(
      (photo) => photo.status !== 'removed',
    ).length
    const unique = [...new Set(fileIDs)]
    if (shown + unique.length > ACTIVITY_LIMITS.photosPerActivity) {
      throw conflict(`每个活动最多 ${ACTIVITY_LIMITS.photosPerActivity} 张照片，已有 ${shown} 张`)
    }

    const checks = await submitImageChecks(caller, unique)
    const status = 'pending' as const
    const nickname = user?.nickname ?? '微信用户'
    const added: (ActivityPhoto & { record: PhotoRecord })[] = unique.map((fileID, index) => ({
      id: newPhotoId(),
      fileID,
      byNickname: nickname,
      status,
      record: {
        fileID,
        by: caller.openid,
        byNickname: nickname,
        at: new Date(now.getTime() + index),
        status,
        traceId: checks[index].traceId,
      },
    }))
    await db
      .collection('activities')
      .where({ _id: activityId })
      .update({
        data: { photos: Object.fromEntries(added.map((photo) => [photo.id, photo.record])) },
      })
    const photoIdOf = new Map(added.map((photo) => [photo.fileID, photo.id]))
    await recordImageChecks(db, caller, 'activityPhoto', activityId, checks, (check) =>
      String(photoIdOf.get(check.fileID)),
    )
    await context.audit({
      action: 'activity.addPhotos',
      orgId,
      target: activityId,
      summary: `上传“${activity.title}”照片 ${added.length} 张（审核中）`,
    })
    return {
      added: added.map(({ id, fileID, byNickname, status: photoStatus }) => ({
        id,
        fileID,
        byNickname,
        status: photoStatus,
      })),
    }
  },
})
