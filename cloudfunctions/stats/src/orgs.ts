import type { OrgRecord } from '../../_shared/policy'
import { byOrgOrder, type OrgSummary } from '../../../types/org'

export function toOrgSummary(org: OrgRecord): OrgSummary {
  return { id: org._id, name: org.name, kind: org.kind, parentId: org.parentId }
}

/**
 * Each org's place in the tree as the org screens list it: parents before children, siblings by
 * their display order (types/org.ts `byOrgOrder`) — so a table of branches under several 总支 reads
 * 总支 by 总支, each 总支's branches in their own order.
 */
export function treePositions(root: OrgRecord, below: readonly OrgRecord[]): Map<string, number> {
  const children = new Map<string, OrgRecord[]>()
  for (const unit of below)
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit])
  const positions = new Map<string, number>()
  const visit = (unit: OrgRecord) => {
    positions.set(unit._id, positions.size)
    for (const child of (children.get(unit._id) ?? []).sort(byOrgOrder)) visit(child)
  }
  visit(root)
  return positions
}
