import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import type { BranchOption } from '../../../../types/issue'
import { noInput } from '../../../../types/contract.schema'
import { byOrgOrder, type Orderable } from '../../../../types/org'

/**
 * The branches a resident may send an issue to, in display order. A member's own branch comes from their memberships;
 * a resident who opened the app from a branch's WeChat group gets that branch preselected.
 */
export const listBranches = defineAction({
  schema: noInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run(_input, { db }): Promise<BranchOption[]> {
    // The store's sort (an index serves it) picks which 100; an org made before there was an
    // `order` then takes its place by when it was made (byOrgOrder).
    const found = await rows<{ _id: string } & Orderable>(
      db
        .collection('orgs')
        .where({ kind: 'branch', archived: false })
        .orderBy('order', 'asc')
        .orderBy('name', 'asc')
        .field({ _id: true, name: true, order: true, createdAt: true })
        .limit(100)
        .get(),
    )
    return found.sort(byOrgOrder).map((org) => ({ id: org._id, name: org.name }))
  },
})
