import type { Database } from '../cloud'
import { pipelineTools } from '../db'
import type { DuesBase, DuesMonth, PaymentChannel } from '../../../types/dues'

/**
 * One declaration, effective from `fromMonth` until the next one. `_id` is `orgId_openid_YYYYMM`, so a
 * second declaration for the same month replaces the first (the audit keeps what was declared when).
 * `monthlyDueFen` is fixed at declaration by the org's rates then: new rates apply from the next one.
 */
export interface BaseRecord extends Omit<DuesBase, 'declaredAt'> {
  _id: string
  orgId: string
  declaredBy: string
  declaredAt: Date
}

/**
 * The append-only ledger. A month's payment has the id `orgId_openid_YYYYMM` (a retry or a second
 * tap lands on it); a correction is a new entry `<that id>_c_<request>` with a signed amount and a
 * reason. Only `status` ever changes (marked → confirmed). A 微信支付 entry is a confirmed payment with
 * channel `wechatpay` and its `transactionId`.
 */
export interface EntryRecord {
  _id: string
  orgId: string
  openid: string
  month: string
  kind: 'payment' | 'correction'
  amountFen: number
  channel: PaymentChannel | null
  note: string
  transactionId: string | null
  reason: string | null
  status: 'marked' | 'confirmed'
  createdBy: string
  createdAt: Date
  confirmedBy: string | null
  confirmedAt: Date | null
}

export type EntryFacts = Pick<EntryRecord, 'month' | 'amountFen' | 'status' | 'channel'>
export type BaseFacts = Pick<BaseRecord, 'category' | 'monthlyDueFen' | 'fromMonth'>

/** The declaration in force in `month`, from bases sorted newest `fromMonth` first. */
export function baseFor<T extends BaseFacts>(bases: readonly T[], month: string): T | undefined {
  return bases.find((base) => base.fromMonth <= month)
}

/** A month from its base and its ledger entries. */
export function monthView(
  month: string,
  base: BaseFacts | undefined,
  entries: readonly EntryFacts[],
): DuesMonth {
  const mine = entries.filter((entry) => entry.month === month)
  const sum = (status: EntryFacts['status']) =>
    mine.filter((entry) => entry.status === status).reduce((total, e) => total + e.amountFen, 0)
  const paidFen = sum('confirmed')
  const markedFen = sum('marked')
  if (!base) return { month, dueFen: null, paidFen, markedFen, status: 'undeclared' }
  const dueFen = base.monthlyDueFen
  const status =
    base.category === 'exempt'
      ? 'exempt'
      : paidFen >= dueFen
        ? 'paid'
        : markedFen > 0
          ? 'marked'
          : 'unpaid'
  return { month, dueFen, paidFen, markedFen, status }
}

/**
 * Joins, onto a row with `orgId` and `openid` (a membership), that member's declarations in the org
 * up to `to` (newest first) and ledger entries in [from, to] — as `bases` and `entries`, amounts only,
 * never a base. Shared by the 支委会's month (dues) and the committee dashboard (stats).
 */
export function duesBasesLookup(db: Database, to: string) {
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  return {
    from: 'duesBases',
    let: { orgId: '$orgId', openid: '$openid' },
    pipeline: pipeline()
      .match(expr($.and([...ofMember(db), $.lte(['$fromMonth', to])])))
      .sort({ fromMonth: -1 })
      .project({ _id: 0, category: 1, monthlyDueFen: 1, fromMonth: 1 })
      .done(),
    as: 'bases',
  }
}

export function duesEntriesLookup(db: Database, from: string, to: string) {
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  return {
    from: 'duesEntries',
    let: { orgId: '$orgId', openid: '$openid' },
    pipeline: pipeline()
      .match(expr($.and([...ofMember(db), $.gte(['$month', from]), $.lte(['$month', to])])))
      .project({ _id: 0, month: 1, amountFen: 1, status: 1, channel: 1 })
      .done(),
    as: 'entries',
  }
}

function ofMember(db: Database) {
  const $ = db.command.aggregate
  return [$.eq(['$orgId', '$$orgId']), $.eq(['$openid', '$$openid'])]
}
