import { byOrgOrder } from '../../types/org'
import type { OrgRecord } from './policy'

type TreeOrg = Pick<OrgRecord, '_id' | 'parentId' | 'name' | 'order' | 'createdAt'>

/**
 * A subtree as the org screens list it: each org followed by its children, siblings in display
 * order (types/org.ts `byOrgOrder`) — so branches under several 总支 read 总支 by 总支, each 总支's
 * branches in their own order. Orgs of `below` not under `root` are left out.
 */
export function inTreeOrder<T extends TreeOrg>(root: T, below: readonly T[]): T[] {
  const children = new Map<string, T[]>()
  for (const unit of below)
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit])
  const listed: T[] = []
  const visit = (unit: T) => {
    listed.push(unit)
    for (const child of (children.get(unit._id) ?? []).sort(byOrgOrder)) visit(child)
  }
  visit(root)
  return listed
}
