import { defineAction } from '../../../_shared/action'
import type { Database } from '../../../_shared/cloud'
import { rows } from '../../../_shared/db'
import { conflict } from '../../../_shared/errors'
import { ANY_ROLE } from '../../../_shared/policy'
import type { ActivitySummary } from '../../../../types/activity'
import { activityRef } from '../../../../types/activity.schema'
import { findActivity, requirePublished, toSummary } from '../activities'
import { signupId } from '../../../_shared/records/signup'
import {
  claimSignup,
  dropClaim,
  findSignup,
  releaseStaleClaims,
  settleClaim,
  takeSeat,
} from '../signups'

const TWIN_WAIT_MS = 50
const TWIN_WAITS = 20

/** How the other tap of the same person ended: it takes a few milliseconds to get or miss its seat. */
async function twinOutcome(db: Database, activityId: string, openid: string) {
  for (let wait = 0; wait < TWIN_WAITS; wait++) {
    const status = (await findSignup(db, activityId, openid))?.status
    if (status !== 'claiming') return status
    await new Promise((resolve) => setTimeout(resolve, TWIN_WAIT_MS))
  }
  return 'claiming'
}

export const FULL_MESSAGE = '名额已满，本次活动报不上了；可以关注支部的下一次活动'

/**
 * Signs the caller up. The person's row is claimed first (one claim per person, whatever the taps),
 * then a seat is taken with a compare-and-set on the activity's counter; without a seat the claim is
 * dropped. So the counter never exceeds capacity, never counts a person twice, and nobody is refused
 * while a seat is free.
 */
export const signUp = defineAction({
  schema: activityRef,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId }, { db, caller, audit }): Promise<ActivitySummary> {
    const now = new Date()
    const [activity, existing, [user]] = await Promise.all([
      findActivity(db, orgId, activityId),
      findSignup(db, activityId, caller.openid),
      rows<{ nickname?: string }>(
        db.collection('users').where({ _id: caller.openid }).limit(1).get(),
      ),
    ])
    requirePublished(activity)
    if (existing?.status === 'signedUp') {
      return toSummary(activity, existing.checkedIn ? 'checkedIn' : 'signedUp', now)
    }
    if (now >= new Date(activity.signUpBy)) throw conflict('报名已截止，如需参加请联系活动负责人')
    const id = signupId(activityId, caller.openid)
    const claimed = await claimSignup(
      db,
      {
        _id: id,
        activityId,
        orgId,
        openid: caller.openid,
        nickname: user?.nickname ?? '微信用户',
        signedUpAt: now,
      },
      Boolean(existing),
    )
    if (!claimed) {
      // Another tap of this person holds the claim: answer as it settles.
      const settled = await twinOutcome(db, activityId, caller.openid)
      if (settled === 'signedUp') return toSummary(activity, 'signedUp', now)
      throw conflict(settled === 'cancelled' ? FULL_MESSAGE : '正在为你报名，请稍后刷新查看')
    }
    const seated =
      (await takeSeat(db, activity, now)) ||
      ((await releaseStaleClaims(db, activityId, now)) > 0 && (await takeSeat(db, activity, now)))
    if (!seated) {
      await dropClaim(db, id)
      throw conflict(FULL_MESSAGE)
    }
    await settleClaim(db, id)
    await audit({
      action: 'activity.signUp',
      orgId,
      target: activityId,
      summary: `报名“${activity.title}”`,
    })
    const fresh = await findActivity(db, orgId, activityId)
    return toSummary(fresh, 'signedUp', now)
  },
})
