import type { Database } from '../../_shared/cloud'
import { conflict } from '../../_shared/errors'
import type { OrgRecord } from '../../_shared/policy'
import { activeMembership } from '../../_shared/records/membership'
import type { BootstrapRootInput, BootstrapRootResult } from '../../../types/setup'
import { addOnce, countOf } from '../../_shared/db'

/**
 * The root org's id is fixed, so two bootstraps racing on an empty store collide on `_id` and only one
 * creates anything.
 */
export const ROOT_ORG_ID = 'org-root'

/**
 * Creates the root org and its first admin while no org exists; afterwards every admin is appointed
 * by another admin (org.setRole), so this refuses.
 */
export async function bootstrapRoot(
  db: Database,
  input: BootstrapRootInput,
  now: Date,
): Promise<BootstrapRootResult> {
  const total = await countOf(db.collection('orgs').count())
  if (total > 0)
    throw conflict('已经有组织了：第一位管理员只能在空环境中设置，之后请由管理员在小程序里任命')
  const org: OrgRecord = {
    _id: ROOT_ORG_ID,
    name: input.name,
    kind: input.kind,
    parentId: '',
    ancestors: [],
    archived: false,
    order: now.getTime(),
    createdAt: now,
  }
  if ((await addOnce(db, 'orgs', org)) === 'exists') {
    throw conflict('已经有组织了：另一次初始化刚刚完成')
  }
  const admin = activeMembership({
    orgId: org._id,
    openid: input.adminOpenid,
    role: 'admin',
    via: 'admin',
    joinedAt: now,
  })
  await db.collection('memberships').add({ data: admin })
  await db.collection('audit').add({
    data: {
      action: 'setup.bootstrapRoot',
      orgId: org._id,
      target: input.adminOpenid,
      actor: '',
      source: 'setup',
      summary: `初始化根组织“${input.name}”并设置第一位管理员`,
      at: db.serverDate(),
    },
  })
  return { orgId: org._id, adminMembershipId: admin._id }
}
