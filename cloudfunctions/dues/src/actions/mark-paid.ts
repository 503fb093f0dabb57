import { defineAction, grantOf } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { PARTY_MEMBERS } from '../../../../types/roles'
import { requireSelfPayer } from '../dues'
import { PAYMENT_CHANNEL_LABELS, type PaymentResult } from '../../../../types/dues'
import { markPaidInput } from '../../../../types/dues.schema'
import { writePayments } from '../payments'

/** A member says they paid one or more months (预交 allowed); a collector then confirms receipt. */
export const markPaid = defineAction({
  schema: markPaidInput,
  policy: { kind: 'org', roles: PARTY_MEMBERS, orgOf: (input) => input.orgId },
  async run(input, context): Promise<PaymentResult> {
    const grant = grantOf(context)
    const { org } = grant
    const { db, caller } = context
    await requireSelfPayer(db, grant, caller.openid)
    const note = input.note ?? ''
    if (note) await requireCleanText(caller, note, 'comment', '备注')
    const already = await writePayments(db, {
      orgId: org._id,
      openid: caller.openid,
      months: input.months,
      channel: input.channel,
      note,
      by: caller.openid,
      status: 'marked',
    })
    const written = input.months.length - already.length
    if (written > 0)
      await context.audit({
        action: 'dues.markPaid',
        orgId: org._id,
        target: caller.openid,
        summary: `标记已缴党费 ${written} 个月（${PAYMENT_CHANNEL_LABELS[input.channel]}）`,
      })
    return { written, already: already.length }
  },
})
