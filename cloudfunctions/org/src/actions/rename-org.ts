import { defineAction, grantOf } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { ADMINS } from '../../../_shared/policy'
import type { OrgSummary } from '../../../../types/org'
import { renameOrgInput } from '../../../../types/org.schema'
import { toSummary } from '../orgs'

export const renameOrg = defineAction({
  schema: renameOrgInput,
  policy: { kind: 'org', roles: ADMINS, orgOf: (input) => input.orgId },
  async run({ orgId, name }, context): Promise<OrgSummary> {
    const { org } = grantOf(context)
    await requireCleanText(context.caller, name, 'profile', '组织名称')
    await context.db.collection('orgs').doc(orgId).update({ data: { name } })
    await context.audit({
      action: 'org.renameOrg',
      orgId,
      target: orgId,
      summary: `组织“${org.name}”更名为“${name}”`,
    })
    return toSummary({ ...org, name })
  },
})
