import { defineAction, grantOf } from '../../../_shared/action'
import { countOf } from '../../../_shared/db'
import { conflict } from '../../../_shared/errors'
import { ADMINS } from '../../../_shared/policy'
import type { OrgSummary } from '../../../../types/org'
import { orgIdInput } from '../../../../types/org.schema'
import { toSummary } from '../orgs'

/** Archiving hides an org without deleting its records (台账 must stay). */
export const archiveOrg = defineAction({
  schema: orgIdInput,
  policy: { kind: 'org', roles: ADMINS, orgOf: (input) => input.orgId },
  async run({ orgId }, context): Promise<OrgSummary> {
    const { org } = grantOf(context)
    const children = await countOf(
      context.db.collection('orgs').where({ parentId: orgId, archived: false }).count(),
    )
    if (children > 0) throw conflict('请先撤销或移走它的下级组织，再归档')
    await context.db
      .collection('orgs')
      .doc(orgId)
      .update({ data: { archived: true } })
    await context.audit({
      action: 'org.archiveOrg',
      orgId,
      target: orgId,
      summary: `归档组织“${org.name}”`,
    })
    return toSummary(org)
  },
})
