import { createHash } from 'node:crypto'
import { defineAction, grantOf } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { addOnce } from '../../../_shared/db'
import { COMMITTEE } from '../../../_shared/policy'
import { formatFen, type PaymentResult } from '../../../../types/dues'
import { correctPaymentInput } from '../../../../types/dues.schema'
import { paymentId, requireMember, type EntryRecord } from '../dues'

/**
 * A correction is a new ledger entry with a signed amount and its reason — no entry is ever edited.
 * Its id comes from the form's requestId, so a retried submit lands on the same entry.
 */
export const correctPayment = defineAction({
  schema: correctPaymentInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<PaymentResult> {
    const { org } = grantOf(context)
    const { db, caller } = context
    await requireMember(db, org._id, input.memberId)
    await requireCleanText(caller, input.reason, 'comment', '更正原因')
    const request = createHash('sha256').update(`${caller.openid}:${input.requestId}`).digest('hex')
    const now = new Date()
    const entry: EntryRecord = {
      _id: `${paymentId(org._id, input.memberId, input.month)}_c_${request.slice(0, 16)}`,
      orgId: org._id,
      openid: input.memberId,
      month: input.month,
      kind: 'correction',
      amountFen: input.amountFen,
      channel: null,
      note: '',
      transactionId: null,
      reason: input.reason,
      status: 'confirmed',
      createdBy: caller.openid,
      createdAt: now,
      confirmedBy: caller.openid,
      confirmedAt: now,
    }
    if ((await addOnce(db, 'duesEntries', entry)) === 'exists') return { written: 0, already: 1 }
    await context.audit({
      action: 'dues.correctPayment',
      orgId: org._id,
      target: input.memberId,
      summary: `更正 ${input.month} 党费 ${input.amountFen > 0 ? '+' : ''}${formatFen(input.amountFen)} 元：${input.reason}`,
    })
    return { written: 1, already: 0 }
  },
})
