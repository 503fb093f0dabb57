import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import type { BranchOption } from '../../../../types/issue'
import { noInput } from '../../../../types/contract.schema'

/**
 * The branches a resident may send an issue to. A member's own branch comes from their memberships;
 * a resident who opened the app from a branch's WeChat group gets that branch preselected.
 */
export const listBranches = defineAction({
  schema: noInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run(_input, { db }): Promise<BranchOption[]> {
    const found = await rows<{ _id: string; name: string }>(
      db
        .collection('orgs')
        .where({ kind: 'branch', archived: false })
        .orderBy('name', 'asc')
        .field({ _id: true, name: true })
        .limit(100)
        .get(),
    )
    return found.map((org) => ({ id: org._id, name: org.name }))
  },
})
