import type { OrgRecord } from '../../_shared/policy'
import type { OrgSummary } from '../../../types/org'

export function toOrgSummary(org: OrgRecord): OrgSummary {
  return { id: org._id, name: org.name, kind: org.kind, parentId: org.parentId }
}

/** Chinese names in 拼音 order, the way a list of branches is read. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'zh-Hans-CN')
}
