import { byOrgOrder } from '../../types/org'
import type { LoginResult, Role } from '../../types/user'
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
 * Where a person stands, in one round trip: their active memberships with org names, and the orgs
 * they asked to join that have not decided yet.
 */
export async function loadStanding(
  db: Database,
  openid: string,
): Promise<Pick<LoginResult, 'memberships' | 'applications'>> {
  const _ = db.command
  const rows = await aggregateRows<{
    orgId: string
    role: Role
    status: string
    org: Partial<OrgRecord>[]
  }>(
    db
      .collection('memberships')
      .aggregate()
      .match({ openid, status: _.in(['active', 'pending']) })
      .limit(50)
      .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
      .end(),
  )
  const depth = (org: Partial<OrgRecord> | undefined) => org?.ancestors?.length ?? Infinity
  // Higher orgs first, then in display order (`byOrgOrder`), as the org tree lists them.
  const active = rows
    .filter((row) => row.status === 'active')
    .sort(
      (a, b) =>
        depth(a.org[0]) - depth(b.org[0]) ||
        byOrgOrder({ name: '', ...a.org[0] }, { name: '', ...b.org[0] }),
    )
  return {
    memberships: active.map(({ orgId, role, org: [org] }) => ({
      orgId,
      orgName: org?.name ?? '',
      orgKind: org?.kind ?? 'branch',
      role,
    })),
    applications: rows
      .filter((row) => row.status === 'pending')
      .map(({ orgId, org: [org] }) => ({ orgId, orgName: org?.name ?? '' })),
  }
}
