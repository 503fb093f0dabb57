import { defineAction, grantOf } from '../../../_shared/action'
import { COMMITTEE } from '../../../_shared/policy'
import type { PaymentResult } from '../../../../types/dues'
import { confirmPaymentInput } from '../../../../types/dues.schema'
import { paymentId } from '../dues'
import { confirmMarked } from '../payments'

/** A collector (支委会) confirms receipt of months a member marked paid. */
export const confirmPayment = defineAction({
  schema: confirmPaymentInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ memberId: openid, months }, context): Promise<PaymentResult> {
    const { org } = grantOf(context)
    const ids = months.map((month) => paymentId(org._id, openid, month))
    const written = await confirmMarked(context.db, org._id, ids, context.caller.openid)
    if (written > 0)
      await context.audit({
        action: 'dues.confirmPayment',
        orgId: org._id,
        target: openid,
        summary: `确认收到党费 ${written} 个月（${months.join('、')}）`,
      })
    return { written, already: months.length - written }
  },
})
