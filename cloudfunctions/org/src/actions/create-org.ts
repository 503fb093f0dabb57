import { randomBytes } from 'node:crypto'
import { defineAction, grantOf } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { ADMINS, type OrgRecord } from '../../../_shared/policy'
import type { OrgSummary } from '../../../../types/org'
import { createOrgInput } from '../../../../types/org.schema'
import { requireChildKind, toSummary } from '../orgs'

/** Admins set up the orgs below theirs. */
export const createOrg = defineAction({
  schema: createOrgInput,
  policy: { kind: 'org', roles: ADMINS, orgOf: (input) => input.parentId },
  async run({ name, kind }, context): Promise<OrgSummary> {
    const parent = grantOf(context).org
    requireChildKind(parent, kind)
    await requireCleanText(context.caller, name, 'profile', '组织名称')
    const createdAt = new Date()
    const org: OrgRecord = {
      _id: `org-${randomBytes(6).toString('hex')}`,
      name,
      kind,
      parentId: parent._id,
      ancestors: [...parent.ancestors, parent._id],
      archived: false,
      // After every sibling made so far, with no read: see `Orderable` in types/org.ts.
      order: createdAt.getTime(),
      createdAt,
    }
    await context.db.collection('orgs').add({ data: org })
    await context.audit({
      action: 'org.createOrg',
      orgId: parent._id,
      target: org._id,
      summary: `新建组织“${name}”`,
    })
    return toSummary(org)
  },
})
