import { defineAction, grantOf } from '../../../_shared/action'
import { conflict, invalidArgument } from '../../../_shared/errors'
import { LEADERS } from '../../../_shared/policy'
import type { OrgSummary } from '../../../../types/org'
import { bindGroupInput } from '../../../../types/org.schema'
import { findBinding, resolveOpengid, type GroupBinding } from '../groups'
import { findOrg, toSummary } from '../orgs'

/**
 * Binds the WeChat group the secretary opened the card in to the branch: from then on any card opened
 * in that group lands on this branch. Binding the same group again is harmless.
 */
export const bindGroup = defineAction({
  schema: bindGroupInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId, groupCloudId }, context): Promise<{ org: OrgSummary }> {
    const { org } = grantOf(context)
    if (org.kind !== 'branch' && org.kind !== 'group') {
      throw invalidArgument('只能把微信群绑定到党支部或党小组')
    }
    const opengid = await resolveOpengid(groupCloudId)
    const existing = await findBinding(context.db, opengid)
    if (existing && existing.orgId !== orgId) {
      const other = await findOrg(context.db, existing.orgId).catch(() => undefined)
      throw conflict(`这个群已绑定到“${other?.name ?? '其他组织'}”，如需更换请联系该组织书记`)
    }
    if (!existing) {
      const binding: GroupBinding = {
        _id: opengid,
        orgId,
        boundBy: context.caller.openid,
        boundAt: new Date(),
      }
      await context.db.collection('groupBindings').add({ data: binding })
      await context.audit({ action: 'org.bindGroup', orgId, summary: '绑定支部微信群' })
    }
    return { org: toSummary(org) }
  },
})
