import type { Database } from '../../_shared/cloud'
import { rows } from '../../_shared/db'
import { invalidArgument, notFound } from '../../_shared/errors'
import type { OrgRecord } from '../../_shared/policy'
import { CHILD_KINDS, type OrgKind, type OrgSummary } from '../../../types/org'

export function toSummary(org: OrgRecord): OrgSummary {
  return { id: org._id, name: org.name, kind: org.kind, parentId: org.parentId }
}

export function requireChildKind(parent: OrgRecord, kind: OrgKind): void {
  if (!CHILD_KINDS[parent.kind].includes(kind)) {
    throw invalidArgument('这一级组织下不能设立这种组织，请检查组织类型')
  }
}

export async function findOrg(db: Database, orgId: string): Promise<OrgRecord> {
  const [org] = await rows<OrgRecord>(db.collection('orgs').where({ _id: orgId }).limit(1).get())
  if (!org) throw notFound('组织')
  return org
}

/** The org and everything below it, archived ones left out. */
export async function listSubtree(db: Database, orgId: string): Promise<OrgRecord[]> {
  const _ = db.command
  return rows<OrgRecord>(
    db
      .collection('orgs')
      .where(_.and([_.or([{ _id: orgId }, { ancestors: orgId }]), { archived: false }]))
      .limit(1000)
      .get(),
  )
}
