import { defineAction } from '../../../_shared/action'
import { COMMITTEE } from '../../../_shared/policy'
import { signInCodeView } from '../../../_shared/signin-code'
import { activityRef } from '../../../../types/activity.schema'
import type { SignInCodeView } from '../../../../types/signin'
import { findActivity, requireCheckInOpen } from '../activities'

/** The host's rotating code (and what its QR code holds), only while check-in is open. */
export const getSignInCode = defineAction({
  schema: activityRef,
  readOnly: true,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId }, { db }): Promise<SignInCodeView> {
    const now = new Date()
    const activity = await findActivity(db, orgId, activityId)
    requireCheckInOpen(activity, now)
    return signInCodeView(
      { kind: 'activity', id: activityId, title: activity.title, secret: activity.signInSecret },
      // 已签到 of those signed up: an activity has no 应到 list.
      { attended: activity.checkedIn, expected: activity.signedUp },
      now,
    )
  },
})
