import type { Database } from '../../_shared/cloud'
import { addOnce, updatedCount } from '../../_shared/db'
import { invalidArgument } from '../../_shared/errors'
import type { PaymentChannel } from '../../../types/dues'
import { addMonths, baseFor, basesOf, paymentId, thisMonth, type EntryRecord } from './dues'

/** How far ahead a month may be paid (预交): up to a year. */
const AHEAD_MONTHS = 12

export interface PaymentDraft {
  orgId: string
  openid: string
  months: string[]
  channel: PaymentChannel
  note: string
  by: string
  status: EntryRecord['status']
}

/**
 * Writes one payment entry per month at the month's due (from the declaration in force then); each
 * id is `orgId_openid_YYYYMM`, so a retried call writes nothing twice. Refuses, writing nothing, a
 * month with no declaration, an exempt month or one more than a year ahead.
 * Returns the ids that were already there.
 */
export async function writePayments(db: Database, draft: PaymentDraft): Promise<string[]> {
  const months = [...draft.months].sort()
  const latest = addMonths(thisMonth(), AHEAD_MONTHS - 1)
  if (months[months.length - 1] > latest) throw invalidArgument(`最多预交到 ${latest}`)
  const bases = await basesOf(db, draft.orgId, draft.openid, months[months.length - 1])
  const now = new Date()
  const entries = months.map((month): EntryRecord => {
    const base = baseFor(bases, month)
    if (!base) throw invalidArgument(`${month} 还没有申报党费基数，请先申报`)
    if (base.category === 'exempt' || base.monthlyDueFen === 0)
      throw invalidArgument(`${month} 免交或应缴为 0，不需要缴纳`)
    return {
      _id: paymentId(draft.orgId, draft.openid, month),
      orgId: draft.orgId,
      openid: draft.openid,
      month,
      kind: 'payment',
      amountFen: base.monthlyDueFen,
      channel: draft.channel,
      note: draft.note,
      transactionId: null,
      reason: null,
      status: draft.status,
      createdBy: draft.by,
      createdAt: now,
      confirmedBy: draft.status === 'confirmed' ? draft.by : null,
      confirmedAt: draft.status === 'confirmed' ? now : null,
    }
  })
  const outcomes = await Promise.all(entries.map((entry) => addOnce(db, 'duesEntries', entry)))
  return entries.filter((_entry, index) => outcomes[index] === 'exists').map((entry) => entry._id)
}

/** Confirms the member's marked entries among `ids`; how many it confirmed. */
export async function confirmMarked(
  db: Database,
  orgId: string,
  ids: string[],
  by: string,
): Promise<number> {
  if (ids.length === 0) return 0
  return updatedCount(
    db
      .collection('duesEntries')
      .where({ _id: db.command.in(ids), orgId, kind: 'payment', status: 'marked' })
      .update({ data: { status: 'confirmed', confirmedBy: by, confirmedAt: new Date() } }),
  )
}
