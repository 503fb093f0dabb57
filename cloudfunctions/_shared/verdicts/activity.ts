import type { Database } from '../cloud'
import { rows } from '../db'
import { photoChecked } from '../inbox-messages'
import type { MediaCheckRecord } from '../media-check'
import { deliver } from '../records/inbox'
import type { Applier } from './outcome'
import { updated } from './outcome'

/** Tells the uploader in 消息 that their photo waits for a person, or was taken down. */
async function tellUploader(db: Database, check: MediaCheckRecord, outcome: 'held' | 'removed') {
  const [activity] = await rows<{ _id: string; orgId: string; title: string }>(
    db
      .collection('activities')
      .where({ _id: check.recordId })
      .field({ orgId: true, title: true })
      .limit(1)
      .get(),
  )
  const photo = { uploader: check.openid, key: check._id }
  if (activity) await deliver(db, [photoChecked(photo, activity, outcome)])
}

/**
 * Activity photos (`activities.photos.<id>.status`): pending until the platform passes them, then
 * approved and counted on the 支部风采 page; risky takes a photo down whatever its status; review leaves
 * it pending for a 支委 (reviewPhoto). Every move is a compare-and-set on the photo's status.
 */
export const applyActivityPhoto: Applier = async (db, check, verdict) => {
  const _ = db.command
  const path = `photos.${check.itemId}.status`
  const activities = db.collection('activities')
  if (verdict === 'review') {
    await tellUploader(db, check, 'held')
    return 'held'
  }
  if (verdict === 'pass') {
    const shown = await updated(
      activities
        .where({ _id: check.recordId, [path]: 'pending' })
        .update({ data: { [path]: 'approved', photoCount: _.inc(1) } }),
    )
    return shown ? 'shown' : 'gone'
  }
  const wasApproved = await updated(
    activities
      .where({ _id: check.recordId, [path]: 'approved' })
      .update({ data: { [path]: 'removed', photoCount: _.inc(-1) } }),
  )
  const wasPending =
    !wasApproved &&
    (await updated(
      activities
        .where({ _id: check.recordId, [path]: 'pending' })
        .update({ data: { [path]: 'removed' } }),
    ))
  if (!wasApproved && !wasPending) return 'gone'
  await tellUploader(db, check, 'removed')
  return 'removed'
}

/** The cover (`activities.cover`): hidden while `coverPending`; risky clears it. */
export const applyActivityCover: Applier = async (db, check, verdict) => {
  if (verdict === 'review') return 'held'
  const activities = db.collection('activities')
  const where = { _id: check.recordId, cover: check.fileID }
  if (verdict === 'pass') {
    const shown = await updated(activities.where(where).update({ data: { coverPending: false } }))
    return shown ? 'shown' : 'gone'
  }
  const removed = await updated(
    activities.where(where).update({ data: { cover: '', coverPending: false } }),
  )
  return removed ? 'removed' : 'gone'
}
