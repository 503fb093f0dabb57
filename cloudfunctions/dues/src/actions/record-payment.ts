import { defineAction, grantOf } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { COMMITTEE } from '../../../_shared/policy'
import { PAYMENT_CHANNEL_LABELS, type PaymentResult } from '../../../../types/dues'
import { recordPaymentInput } from '../../../../types/dues.schema'
import { requireMember } from '../dues'
import { confirmMarked, writePayments } from '../payments'

/**
 * A collector records a payment received for a member (confirmed at once); a month the member had
 * already marked is confirmed instead, and a month already confirmed is left as it is.
 */
export const recordPayment = defineAction({
  schema: recordPaymentInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<PaymentResult> {
    const { org } = grantOf(context)
    const { db, caller } = context
    await requireMember(db, org._id, input.memberId)
    const note = input.note ?? ''
    if (note) await requireCleanText(caller, note, 'comment', '备注')
    const existing = await writePayments(db, {
      orgId: org._id,
      openid: input.memberId,
      months: input.months,
      channel: input.channel,
      note,
      by: caller.openid,
      status: 'confirmed',
    })
    const confirmed = await confirmMarked(db, org._id, existing, caller.openid)
    const written = input.months.length - existing.length + confirmed
    if (written > 0)
      await context.audit({
        action: 'dues.recordPayment',
        orgId: org._id,
        target: input.memberId,
        summary: `登记收到党费 ${written} 个月（${PAYMENT_CHANNEL_LABELS[input.channel]}）`,
      })
    return { written, already: input.months.length - written }
  },
})
