import { defineAction } from '../../../_shared/action'
import { COMMITTEE } from '../../../_shared/policy'
import { currentSignInCode, signInQrText } from '../../../_shared/signin-code'
import type { SignInCodeView } from '../../../../types/activity'
import { activityRef } from '../../../../types/activity.schema'
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
    const { code, rotatesAt } = currentSignInCode(activity.signInSecret, now)
    return {
      code,
      rotatesAt: rotatesAt.toISOString(),
      qrText: signInQrText('activity', activityId, code),
      checkedIn: activity.checkedIn,
      signedUp: activity.signedUp,
    }
  },
})
