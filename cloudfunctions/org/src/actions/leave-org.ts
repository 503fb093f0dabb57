import { defineAction, grantOf } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import { ANY_ROLE } from '../../../_shared/policy'
import { orgIdInput } from '../../../../types/org.schema'
import { membershipId } from '../../../_shared/records/membership'

export const leaveOrg = defineAction({
  schema: orgIdInput,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId }, context) {
    const { roleHere, org } = grantOf(context)
    const { db, caller } = context
    if (!roleHere) throw conflict('你不是这个组织的直接成员')
    if (roleHere === 'secretary') throw conflict('请先把书记职务交接给他人，再退出组织')
    await db
      .collection('memberships')
      .doc(membershipId(orgId, caller.openid))
      .update({ data: { status: 'left', leftAt: new Date(), leftReason: '本人退出' } })
    await context.audit({
      action: 'org.leaveOrg',
      orgId,
      target: caller.openid,
      summary: `退出“${org.name}”`,
    })
    return { left: true as const }
  },
})
