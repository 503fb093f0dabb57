import { defineAction } from '../../../_shared/action'
import { LEADERS } from '../../../_shared/policy'
import { byOrgOrder, type OrgSummary } from '../../../../types/org'
import { orgIdInput } from '../../../../types/org.schema'
import { listSubtree, toSummary } from '../orgs'

/** The org and everything below it, parents before children, siblings in display order. */
export const getTree = defineAction({
  schema: orgIdInput,
  readOnly: true,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId }, { db }): Promise<OrgSummary[]> {
    const orgs = await listSubtree(db, orgId)
    return orgs
      .sort((a, b) => a.ancestors.length - b.ancestors.length || byOrgOrder(a, b))
      .map(toSummary)
  },
})
