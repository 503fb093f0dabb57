import type { OrgRecord } from '../../_shared/policy'
import type { OrgSummary } from '../../../types/org'

export function toOrgSummary(org: OrgRecord): OrgSummary {
  return { id: org._id, name: org.name, kind: org.kind, parentId: org.parentId }
}
