import { defineAction } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import { COMMITTEE, LEADERS } from '../../../_shared/policy'
import type { AssigneeOption } from '../../../../types/issue'
import { orgIdInput } from '../../../../types/org.schema'
import { ROLE_LABELS, type Role } from '../../../../types/user'

interface Row {
  openid: string
  role: Role
  user: { nickname?: string }[]
}

/** Who a case can be assigned to: the branch's 支委会 (书记, 副书记, 支委). */
export const listAssignees = defineAction({
  schema: orgIdInput,
  readOnly: true,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId }, { db }): Promise<AssigneeOption[]> {
    const found = await aggregateRows<Row>(
      db
        .collection('memberships')
        .aggregate()
        .match({ orgId, status: 'active', role: db.command.in([...COMMITTEE]) })
        .sort({ _id: 1 })
        .limit(50)
        .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'user' })
        .end(),
    )
    const rank = (role: Role) => COMMITTEE.indexOf(role)
    return found
      .sort((a, b) => rank(a.role) - rank(b.role))
      .map((row) => ({
        memberId: row.openid,
        nickname: row.user[0]?.nickname ?? '微信用户',
        roleLabel: ROLE_LABELS[row.role],
      }))
  },
})
