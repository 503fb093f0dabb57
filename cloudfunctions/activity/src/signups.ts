import type { Database } from '../../_shared/cloud'
import { addOnce, rows, updatedCount } from '../../_shared/db'
import type { ActivityRecord } from '../../_shared/records/activity'
import { signupId, type SignupRecord } from '../../_shared/records/signup'

export async function findSignup(
  db: Database,
  activityId: string,
  openid: string,
): Promise<SignupRecord | undefined> {
  const [found] = await rows<SignupRecord>(
    db
      .collection('signups')
      .where({ _id: signupId(activityId, openid) })
      .limit(1)
      .get(),
  )
  return found
}

/**
 * Takes one seat with a compare-and-set on the counter: the update only matches while seats are left
 * (and capacity is what we read), and a single-document update is atomic, so concurrent sign-ups can
 * never push `signedUp` past `capacity`. False when the activity is full or closed.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/database/collection.update.html
 */
export async function takeSeat(
  db: Database,
  activity: ActivityRecord,
  now: Date,
): Promise<boolean> {
  const _ = db.command
  const updated = await updatedCount(
    db
      .collection('activities')
      .where({
        _id: activity._id,
        status: 'published',
        capacity: activity.capacity,
        signedUp: _.lt(activity.capacity),
        signUpBy: _.gt(now),
      })
      .update({ data: { signedUp: _.inc(1) } }),
  )
  return updated === 1
}

/** Gives a seat back after a cancelled sign-up. */
export async function releaseSeat(db: Database, activityId: string): Promise<void> {
  const _ = db.command
  await db
    .collection('activities')
    .where({ _id: activityId, signedUp: _.gt(0) })
    .update({ data: { signedUp: _.inc(-1) } })
}

/**
 * Claims this person's sign-up row before any seat is taken: a new row, or a cancelled one brought
 * back, as `claiming`. Only one call per person can hold the claim, so a double tap or a retry never
 * takes a second seat, and nobody else is ever refused for a seat that was about to be given back.
 * False when another call of the same person holds it (or already signed up).
 */
export async function claimSignup(
  db: Database,
  row: Omit<SignupRecord, 'status' | 'checkedIn' | 'checkedInAt' | 'reflection'>,
  existed: boolean,
): Promise<boolean> {
  if (existed) {
    const updated = await updatedCount(
      db
        .collection('signups')
        .where({ _id: row._id, status: 'cancelled' })
        .update({
          data: { status: 'claiming', signedUpAt: row.signedUpAt, nickname: row.nickname },
        }),
    )
    return updated === 1
  }
  const claim: SignupRecord = {
    ...row,
    status: 'claiming',
    checkedIn: false,
    checkedInAt: null,
    reflection: null,
  }
  // 'exists': a concurrent sign-up of the same person made the row, or one cancelled meanwhile.
  return (await addOnce(db, 'signups', claim)) === 'added'
}

/** A claim this old was cut off (a crash or timeout between taking a seat and settling). */
export const STALE_CLAIM_MS = 30_000

/**
 * Gives back the seats of claims cut off mid-way (the function died between taking the seat and
 * settling): each stale claim is dropped by compare-and-set, so its seat is released once. Returns how
 * many seats came back. Runs only when an activity looks full, so it costs nothing otherwise.
 */
export async function releaseStaleClaims(
  db: Database,
  activityId: string,
  now: Date,
): Promise<number> {
  const _ = db.command
  const stale = await rows<Pick<SignupRecord, '_id'>>(
    db
      .collection('signups')
      .where({
        activityId,
        status: 'claiming',
        signedUpAt: _.lt(new Date(now.getTime() - STALE_CLAIM_MS)),
      })
      .limit(100)
      .get(),
  )
  let released = 0
  for (const claim of stale) {
    const dropped = await updatedCount(
      db
        .collection('signups')
        .where({ _id: claim._id, status: 'claiming' })
        .update({ data: { status: 'cancelled' } }),
    )
    if (dropped === 1) {
      await releaseSeat(db, activityId)
      released += 1
    }
  }
  return released
}

/** The claim got its seat: the person is signed up. */
export async function settleClaim(db: Database, id: string): Promise<void> {
  await db
    .collection('signups')
    .where({ _id: id, status: 'claiming' })
    .update({ data: { status: 'signedUp' } })
}

/** No seat for the claim: the row goes back to cancelled (it never counted). */
export async function dropClaim(db: Database, id: string): Promise<void> {
  await db
    .collection('signups')
    .where({ _id: id, status: 'claiming' })
    .update({ data: { status: 'cancelled' } })
}

/** Signed up → cancelled, unless already checked in; true when this call did it. */
export async function cancelSignupRow(db: Database, id: string, now: Date): Promise<boolean> {
  const updated = await updatedCount(
    db
      .collection('signups')
      .where({ _id: id, status: 'signedUp', checkedIn: false })
      .update({ data: { status: 'cancelled', cancelledAt: now } }),
  )
  return updated === 1
}
