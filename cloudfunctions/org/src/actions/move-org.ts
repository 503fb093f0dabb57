import { defineAction, grantOf } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { invalidArgument } from '../../../_shared/errors'
import { ADMINS, requireOrgRole, type OrgRecord } from '../../../_shared/policy'
import type { OrgSummary } from '../../../../types/org'
import { moveOrgInput } from '../../../../types/org.schema'
import { requireChildKind, toSummary } from '../orgs'

/**
 * Moves an org (with everything below it) under a new parent. The caller must be an admin over both
 * places; an org can never move under itself.
 */
export const moveOrg = defineAction({
  schema: moveOrgInput,
  policy: { kind: 'org', roles: ADMINS, orgOf: (input) => input.orgId },
  async run({ orgId, parentId }, context): Promise<OrgSummary> {
    const { org } = grantOf(context)
    const { db, caller } = context
    const parent = (await requireOrgRole(db, caller, parentId, ADMINS)).org
    if (parent._id === orgId || parent.ancestors.includes(orgId)) {
      throw invalidArgument('不能把组织移到它自己或它的下级组织之下')
    }
    requireChildKind(parent, org.kind)
    const ancestors = [...parent.ancestors, parent._id]
    const descendants = await rows<OrgRecord>(
      db.collection('orgs').where({ ancestors: orgId }).limit(1000).get(),
    )
    await db.collection('orgs').doc(orgId).update({ data: { parentId, ancestors } })
    // Moves are rare and subtrees small; each descendant keeps its path below the moved org.
    for (const descendant of descendants) {
      const below = descendant.ancestors.slice(descendant.ancestors.indexOf(orgId))
      await db
        .collection('orgs')
        .doc(descendant._id)
        .update({ data: { ancestors: [...ancestors, ...below] } })
    }
    await context.audit({
      action: 'org.moveOrg',
      orgId,
      target: orgId,
      summary: `“${org.name}”移到“${parent.name}”之下`,
    })
    return toSummary({ ...org, parentId, ancestors })
  },
})
