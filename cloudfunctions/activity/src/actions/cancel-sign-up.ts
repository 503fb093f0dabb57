import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import { ANY_ROLE } from '../../../_shared/policy'
import type { ActivitySummary } from '../../../../types/activity'
import { activityRef } from '../../../../types/activity.schema'
import { findActivity, requirePublished, toSummary } from '../activities'
import { signupId } from '../../../_shared/records/signup'
import { cancelSignupRow, findSignup, releaseSeat } from '../signups'

/**
 * Cancels the caller's sign-up before the deadline. The row flips first and only the call that flipped
 * it gives the seat back, so a double tap frees one seat, not two.
 */
export const cancelSignUp = defineAction({
  schema: activityRef,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId }, { db, caller, audit }): Promise<ActivitySummary> {
    const now = new Date()
    const [activity, existing] = await Promise.all([
      findActivity(db, orgId, activityId),
      findSignup(db, activityId, caller.openid),
    ])
    requirePublished(activity)
    if (existing?.status !== 'signedUp') return toSummary(activity, 'none', now)
    if (existing.checkedIn) throw conflict('你已经签到了，不能再取消报名')
    if (now >= new Date(activity.signUpBy)) {
      throw conflict('报名已截止，不能在线取消；如有变化请告诉活动负责人')
    }
    if (await cancelSignupRow(db, signupId(activityId, caller.openid), now)) {
      await releaseSeat(db, activityId)
      await audit({
        action: 'activity.cancelSignUp',
        orgId,
        target: activityId,
        summary: `取消报名“${activity.title}”`,
      })
    }
    const fresh = await findActivity(db, orgId, activityId)
    return toSummary(fresh, 'none', now)
  },
})
