import type { Database } from '../../_shared/cloud'
import { aggregateRows, pipelineTools, rows } from '../../_shared/db'
import { notFound } from '../../_shared/errors'
import type { DuesBase, DuesMonth, DuesRates, PaymentChannel } from '../../../types/dues'
import { DEFAULT_DUES_RATES } from '../../../types/dues'
import { shanghaiMonth } from '../../../types/time'

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

export type EntryFacts = Pick<EntryRecord, 'month' | 'amountFen' | 'status'>
export type BaseFacts = Pick<BaseRecord, 'category' | 'monthlyDueFen' | 'fromMonth'>

export const monthKey = (month: string) => month.replace('-', '')
export const baseId = (orgId: string, openid: string, month: string) =>
  `${orgId}_${openid}_${monthKey(month)}`
export const paymentId = baseId

export const thisMonth = (now = new Date()) => shanghaiMonth(now)

export { addMonths } from '../../../types/dues'

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

export function toBase(record: BaseRecord): DuesBase {
  return {
    openid: record.openid,
    category: record.category,
    baseFen: record.baseFen,
    reason: record.reason,
    fromMonth: record.fromMonth,
    monthlyDueFen: record.monthlyDueFen,
    declaredAt: new Date(record.declaredAt).toISOString(),
  }
}

/** A member's declarations in an org up to `upTo`, newest first. */
export async function basesOf(
  db: Database,
  orgId: string,
  openid: string,
  upTo: string,
): Promise<BaseRecord[]> {
  return rows<BaseRecord>(
    db
      .collection('duesBases')
      .where({ orgId, openid, fromMonth: db.command.lte(upTo) })
      .orderBy('fromMonth', 'desc')
      .limit(100)
      .get(),
  )
}

/** The org's own rates, or the 2008 规定's. */
export async function ratesOf(db: Database, orgId: string): Promise<DuesRates> {
  const [setting] = await rows<{ rates: DuesRates }>(
    db.collection('duesSettings').where({ _id: orgId }).limit(1).get(),
  )
  return setting?.rates ?? DEFAULT_DUES_RATES
}

/** The target of a collector's write must be an active member of exactly this org. */
export async function requireMember(db: Database, orgId: string, openid: string): Promise<void> {
  const [membership] = await rows<{ status: string }>(
    db
      .collection('memberships')
      .where({ _id: `${orgId}_${openid}`, status: 'active' })
      .limit(1)
      .get(),
  )
  if (!membership) throw notFound('本支部的这位党员')
}

export interface MemberDuesRow {
  openid: string
  user: { nickname?: string }[]
  bases: BaseFacts[]
  entries: EntryFacts[]
}

/**
 * Every active member of the org with their name, declarations up to `to` (newest first) and ledger
 * entries in [from, to] — one round trip. Amounts only leave this module, never a base.
 */
export async function membersWithDues(
  db: Database,
  orgId: string,
  from: string,
  to: string,
): Promise<MemberDuesRow[]> {
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  const ofMember = [$.eq(['$orgId', orgId]), $.eq(['$openid', '$$openid'])]
  return aggregateRows<MemberDuesRow>(
    db
      .collection('memberships')
      .aggregate()
      .match({ orgId, status: 'active' })
      .sort({ joinedAt: 1, _id: 1 })
      .limit(1000)
      .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'user' })
      .lookup({
        from: 'duesBases',
        let: { openid: '$openid' },
        pipeline: pipeline()
          .match(expr($.and([...ofMember, $.lte(['$fromMonth', to])])))
          .sort({ fromMonth: -1 })
          .project({ _id: 0, category: 1, monthlyDueFen: 1, fromMonth: 1 })
          .done(),
        as: 'bases',
      })
      .lookup({
        from: 'duesEntries',
        let: { openid: '$openid' },
        pipeline: pipeline()
          .match(expr($.and([...ofMember, $.gte(['$month', from]), $.lte(['$month', to])])))
          .project({ _id: 0, month: 1, amountFen: 1, status: 1 })
          .done(),
        as: 'entries',
      })
      .end(),
  )
}
