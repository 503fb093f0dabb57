import type { Database } from '../../_shared/cloud'
import { meterFrom, meterLookups, type MeterFacts } from '../../_shared/completeness'
import { aggregateRows } from '../../_shared/db'
import type { OrgRecord } from '../../_shared/policy'
import type { Completeness } from '../../../types/meeting'

export { currentQuarter } from '../../../types/time'
export { rhythmOf } from '../../_shared/completeness'

/** Held vs required per kind for one org and quarter, in one round trip (the shared meter lookups). */
export async function completenessOf(
  db: Database,
  org: OrgRecord,
  year: number,
  quarter: number,
  now: Date,
): Promise<Completeness> {
  let query = db.collection('orgs').aggregate().match({ _id: org._id })
  for (const lookup of meterLookups(db, org._id, year, quarter, now)) query = query.lookup(lookup)
  const [facts] = await aggregateRows<MeterFacts>(query.limit(1).end())
  return meterFrom(org, year, quarter, facts)
}
