import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import { ownEntry } from '../../../_shared/own'
import { COMMITTEE } from '../../../_shared/policy'
import { reviewPhotoInput } from '../../../../types/activity.schema'
import { findActivity } from '../activities'
import { updatedCount } from '../../../_shared/db'
import { deliver } from '../../../_shared/records/inbox'
import { photoChecked } from '../../../_shared/inbox-messages'

/**
 * A 支委 approves a participant's photo for the branch and its showcase, or takes any photo down.
 * Each move is a compare-and-set on that photo's status, so two reviewers cannot count it twice.
 */
export const reviewPhoto = defineAction({
  schema: reviewPhotoInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId, photoId, approve }, { db, audit }) {
    const _ = db.command
    const activity = await findActivity(db, orgId, activityId)
    const photo = ownEntry(activity.photos, photoId)
    if (!photo || photo.status === 'removed') throw conflict('这张照片已经不在了，请刷新')
    const path = `photos.${photoId}.status`
    const collection = db.collection('activities')
    let changed = false
    if (approve) {
      const updated = await updatedCount(
        collection
          .where({ _id: activityId, [path]: 'pending' })
          .update({ data: { [path]: 'approved', photoCount: _.inc(1) } }),
      )
      changed = updated === 1
    } else {
      const wasApproved = photo.status === 'approved'
      const updated = await updatedCount(
        collection.where({ _id: activityId, [path]: photo.status }).update({
          data: wasApproved ? { [path]: 'removed', photoCount: _.inc(-1) } : { [path]: 'removed' },
        }),
      )
      changed = updated === 1
    }
    if (!changed) throw conflict('这张照片刚被别人处理过了，请刷新')
    await audit({
      action: 'activity.reviewPhoto',
      orgId,
      target: activityId,
      summary: `${approve ? '通过' : '撤下'}“${activity.title}”中 ${photo.byNickname} 上传的照片`,
    })
    const reviewed = { uploader: photo.by, key: `review:${activityId}:${photoId}` }
    if (!approve) await deliver(db, [photoChecked(reviewed, activity, 'removed')])
    return { status: approve ? ('approved' as const) : ('removed' as const) }
  },
})
