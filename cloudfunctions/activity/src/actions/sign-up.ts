import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { conflict } from '../../../_shared/errors'
import { ANY_ROLE } from '../../../_shared/policy'
import type { ActivitySummary } from '../../../../types/activity'
import { activityRef } from '../../../../types/activity.schema'
import { findActivity, requirePublished, toSummary } from '../activities'
import { findSignup, releaseSeat, signupId, takeSeat, writeSignup } from '../signups'

export const FULL_MESSAGE = '名额已满，本次活动报不上了；可以关注支部的下一次活动'

/**
 * Signs the caller up. The seat is taken first with a compare-and-set on the activity's counter, then
 * the sign-up row is written; if the row cannot be written (the same person signing up twice at once)
 * the seat is given back. So the counter never exceeds capacity and never undercounts the rows.
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
    if (!(await takeSeat(db, activity, now))) {
      // A double tap whose twin already holds the seat is answered like the twin; otherwise the
      // deadline was checked just above, so a refused seat means the seats are gone.
      const settled = await findSignup(db, activityId, caller.openid)
      if (settled?.status === 'signedUp') return toSummary(activity, 'signedUp', now)
      throw conflict(FULL_MESSAGE)
    }
    const written = await writeSignup(
      db,
      {
        _id: signupId(activityId, caller.openid),
        activityId,
        orgId,
        openid: caller.openid,
        nickname: user?.nickname ?? '微信用户',
        signedUpAt: now,
      },
      Boolean(existing),
    )
    if (written) {
      await audit({
        action: 'activity.signUp',
        orgId,
        target: activityId,
        summary: `报名“${activity.title}”`,
      })
    } else {
      await releaseSeat(db, activityId)
      // Another call of this person got there first; answer as it did.
      const settled = await findSignup(db, activityId, caller.openid)
      if (settled?.status !== 'signedUp') throw conflict('报名状态刚刚变了，请刷新后再试')
    }
    const fresh = await findActivity(db, orgId, activityId)
    return toSummary(fresh, 'signedUp', now)
  },
})
