import type { Database } from '../../_shared/cloud'
import { aggregateRows, rows } from '../../_shared/db'
import { notFound } from '../../_shared/errors'
import type { OrgGrant } from '../../_shared/policy'
import { activePartyMember, membershipId } from '../../_shared/records/membership'
import {
  duesBasesLookup,
  duesEntriesLookup,
  type BaseFacts,
  type BaseRecord,
  type EntryFacts,
} from '../../_shared/records/dues'
import type { DuesBase, DuesRates } from '../../../types/dues'
import { DEFAULT_DUES_RATES } from '../../../types/dues'
import { shanghaiMonth } from '../../../types/time'

export const monthKey = (month: string) => month.replace('-', '')
export const baseId = (orgId: string, openid: string, month: string) =>
  `${orgId}_${openid}_${monthKey(month)}`
export const paymentId = baseId

export const thisMonth = (now = new Date()) => shanghaiMonth(now)

export { addMonths } from '../../../types/dues'
export {
  baseFor,
  monthView,
  type BaseFacts,
  type BaseRecord,
  type EntryFacts,
  type EntryRecord,
} from '../../_shared/records/dues'

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

/** The table the org's leaders set, or null when the 2008 规定's applies. */
export async function customRatesOf(db: Database, orgId: string): Promise<DuesRates | null> {
  const [setting] = await rows<{ rates: DuesRates }>(
    db.collection('duesSettings').where({ _id: orgId }).limit(1).get(),
  )
  return setting?.rates ?? null
}

/** The org's own rates, or the 2008 规定's. */
export async function ratesOf(db: Database, orgId: string): Promise<DuesRates> {
  return (await customRatesOf(db, orgId)) ?? DEFAULT_DUES_RATES
}

/**
 * Someone paying or declaring for themselves: the policy (`PARTY_MEMBERS`) let them in; a role here
 * answers it without a query, an admin from above must also be a 党员 of this org.
 */
export async function requireSelfPayer(
  db: Database,
  grant: OrgGrant,
  openid: string,
): Promise<void> {
  if (grant.roleHere === null) await requireMember(db, grant.org._id, openid)
}

/** The target of a collector's write must be an active 党员 of exactly this org. */
export async function requireMember(db: Database, orgId: string, openid: string): Promise<void> {
  const [membership] = await rows<{ status: string }>(
    db
      .collection('memberships')
      .where({ _id: membershipId(orgId, openid), ...activePartyMember(db) })
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
 * Every active 党员 of the org (who pays 党费) with their name, declarations up to `to` (newest first) and ledger
 * entries in [from, to] — one round trip. Amounts only leave this module, never a base.
 */
export async function membersWithDues(
  db: Database,
  orgId: string,
  from: string,
  to: string,
): Promise<MemberDuesRow[]> {
  return aggregateRows<MemberDuesRow>(
    db
      .collection('memberships')
      .aggregate()
      .match({ orgId, ...activePartyMember(db) })
      .sort({ joinedAt: 1, _id: 1 })
      .limit(1000)
      .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'user' })
      .lookup(duesBasesLookup(db, to))
      .lookup(duesEntriesLookup(db, from, to))
      .end(),
  )
}
