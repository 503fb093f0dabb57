import type { Applier } from './outcome'
import { updated } from './outcome'

/**
 * Activity photos (`activities.photos.<id>.status`): pending until the platform passes them, then
 * approved and counted on the 支部风采 page; risky takes a photo down whatever its status; review leaves
 * it pending for a 支委 (reviewPhoto). Every move is a compare-and-set on the photo's status.
 */
export const applyActivityPhoto: Applier = async (db, check, verdict) => {
  const _ = db.command
  const path = `photos.${check.itemId}.status`
  const activities = db.collection('activities')
  if (verdict === 'review') return 'held'
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
  return wasApproved || wasPending ? 'removed' : 'gone'
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
