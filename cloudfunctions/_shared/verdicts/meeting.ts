import { rows } from '../db'
import type { Applier } from './outcome'
import { updated } from './outcome'

interface MinutesPhotos {
  minutes: { photos: { fileID: string; traceId: string; verdict: string }[] } | null
}

/**
 * Minutes photos (`meetings.minutes.photos[i].verdict`): pending photos are shown only to the recorder
 * and leaders (marked 审核中); pass shows them to members, risky hides them from everyone. The photo is
 * found by its trace id, so a minutes edit that moved or dropped it in between is harmless.
 */
export const applyMinutesPhoto: Applier = async (db, check, verdict) => {
  if (verdict === 'review') return 'held'
  const [meeting] = await rows<MinutesPhotos>(
    db
      .collection('meetings')
      .where({ _id: check.recordId })
      .field({ 'minutes.photos': true })
      .limit(1)
      .get(),
  )
  const index = meeting?.minutes?.photos?.findIndex((photo) => photo.traceId === check._id) ?? -1
  if (index < 0) return 'gone'
  const path = `minutes.photos.${index}`
  const moved = await updated(
    db
      .collection('meetings')
      .where({ _id: check.recordId, [`${path}.traceId`]: check._id })
      .update({ data: { [`${path}.verdict`]: verdict } }),
  )
  if (!moved) return 'gone'
  return verdict === 'pass' ? 'shown' : 'removed'
}
