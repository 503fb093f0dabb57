import type { MembershipSummary, Role } from '../../types/user'
import type { Database } from './cloud'
import { aggregateRows } from './db'

interface MembershipRow {
  orgId: string
  role: Role
  org: { name?: string; kind?: MembershipSummary['orgKind'] }[]
}

/** A person's active memberships with their org names, in one round trip. */
export async function listActiveMemberships(
  db: Database,
  openid: string,
): Promise<MembershipSummary[]> {
  const list = await aggregateRows<MembershipRow>(
    db
      .collection('memberships')
      .aggregate()
      .match({ openid, status: 'active' })
      .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
      .limit(50)
      .end(),
  )
  return list.map((row) => ({
    orgId: row.orgId,
    orgName: row.org[0]?.name ?? '',
    orgKind: row.org[0]?.kind ?? 'branch',
    role: row.role,
  }))
}
