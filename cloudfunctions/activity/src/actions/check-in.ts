import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import { ANY_ROLE } from '../../../_shared/policy'
import { countWrongCodes, requireValidSignInCode } from '../../../_shared/signin-attempts'
import { checkInInput } from '../../../../types/activity.schema'
import { findActivity, requireCheckInOpen } from '../activities'
import { signupId } from '../../../_shared/records/signup'
import { findSignup } from '../signups'
import { updatedCount } from '../../../_shared/db'

const REFUSED = 'activity.checkInRefused'

/**
 * A signed-up member checks in with the host's rotating code, only while check-in is open, with the
 * same wrong-code limit as meeting sign-in. Exactly once: the row flips with a compare-and-set and
 * only that call counts it.
 */
export const checkIn = defineAction({
  schema: checkInInput,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId, code }, { db, caller, audit }) {
    const now = new Date()
    const scope = { refusedAction: REFUSED, target: activityId, actor: caller.openid, now }
    const [activity, signup, recentWrongCodes] = await Promise.all([
      findActivity(db, orgId, activityId),
      findSignup(db, activityId, caller.openid),
      countWrongCodes(db, scope),
    ])
    requireCheckInOpen(activity, now)
    if (signup?.status !== 'signedUp') {
      throw conflict('你没有报名这个活动，不能签到；如需参加请联系活动负责人')
    }
    if (signup.checkedIn) return { checkedIn: true as const, already: true }
    await requireValidSignInCode(
      { ...scope, orgId, secret: activity.signInSecret, code, recentWrongCodes },
      audit,
    )
    const _ = db.command
    const updated = await updatedCount(
      db
        .collection('signups')
        .where({ _id: signupId(activityId, caller.openid), status: 'signedUp', checkedIn: false })
        .update({ data: { checkedIn: true, checkedInAt: now } }),
    )
    if (updated !== 1) return { checkedIn: true as const, already: true }
    await db
      .collection('activities')
      .where({ _id: activityId })
      .update({ data: { checkedIn: _.inc(1) } })
    await audit({
      action: 'activity.checkIn',
      orgId,
      target: activityId,
      summary: `签到“${activity.title}”`,
    })
    return { checkedIn: true as const, already: false }
  },
})
