import { defineAction, grantOf } from '../../../_shared/action'
import { invalidArgument } from '../../../_shared/errors'
import { ADMINS, requireOrgRole } from '../../../_shared/policy'
import type { OrgSummary } from '../../../../types/org'
import { moveOrgInput } from '../../../../types/org.schema'
import { finishMove, startMove, type MovableOrg } from '../move-paths'
import { requireChildKind, toSummary } from '../orgs'

/**
 * Moves an org (with everything below it) under a new parent. The caller must be an admin over both
 * places; an org can never move under itself. A move cut off half-way is finished first.
 */
export const moveOrg = defineAction({
  schema: moveOrgInput,
  policy: { kind: 'org', roles: ADMINS, orgOf: (input) => input.orgId },
  async run({ orgId, parentId }, context): Promise<OrgSummary> {
    const { db, caller } = context
    let org = grantOf(context).org as MovableOrg
    if (org.move) {
      await finishMove(db, orgId, org.move)
      org = { ...org, parentId: org.move.parentId, ancestors: org.move.to, move: undefined }
    }
    const parent = (await requireOrgRole(db, caller, parentId, ADMINS)).org
    if (parent._id === orgId || parent.ancestors.includes(orgId)) {
      throw invalidArgument('不能把组织移到它自己或它的下级组织之下')
    }
    requireChildKind(parent, org.kind)
    const to = [...parent.ancestors, parent._id]
    if (org.parentId !== parentId) {
      const move = await startMove(db, orgId, { from: org.ancestors, to, parentId })
      await finishMove(db, orgId, move)
    }
    await context.audit({
      action: 'org.moveOrg',
      orgId,
      target: orgId,
      summary: `“${org.name}”移到“${parent.name}”之下`,
    })
    return toSummary({ ...org, parentId, ancestors: to })
  },
})
