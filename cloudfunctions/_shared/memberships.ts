import { byOrgOrder } from '../../types/org'
import type { MembershipSummary, Role } from '../../types/user'
import type { Database } from './cloud'
import { aggregateRows } from './db'
import type { OrgRecord } from './policy'

export interface MembershipWithOrg {
  orgId: string
  role: Role
  /** Missing only if the org document is gone. */
  org: Partial<OrgRecord> | undefined
}

/** A person's active memberships, each with its org, in one round trip. */
export async function activeMembershipsWithOrgs(
  db: Database,
  openid: string,
): Promise<MembershipWithOrg[]> {
  const rows = await aggregateRows<{ orgId: string; role: Role; org: Partial<OrgRecord>[] }>(
    db
      .collection('memberships')
      .aggregate()
      .match({ openid, status: 'active' })
      .limit(50)
      .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
      .end(),
  )
  return rows.map((row) => ({ orgId: row.orgId, role: row.role, org: row.org[0] }))
}

/**
 * A person's active memberships with their org names, in one round trip: higher orgs first, then in
 * display order (`byOrgOrder`), as the org tree lists them.
 */
export async function listActiveMemberships(
  db: Database,
  openid: string,
): Promise<MembershipSummary[]> {
  const depth = (org: Partial<OrgRecord> | undefined) => org?.ancestors?.length ?? Infinity
  const memberships = (await activeMembershipsWithOrgs(db, openid)).sort(
    (a, b) =>
      depth(a.org) - depth(b.org) || byOrgOrder({ name: '', ...a.org }, { name: '', ...b.org }),
  )
  return memberships.map(({ orgId, role, org }) => ({
    orgId,
    orgName: org?.name ?? '',
    orgKind: org?.kind ?? 'branch',
    role,
  }))
}
