import { defineAction, grantOf } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import { ANY_ROLE, LEADERS } from '../../../_shared/policy'
import type { BranchHome } from '../../../../types/org'
import { getHomeInput } from '../../../../types/org.schema'
import { countMembers } from '../members'
import { toSummary } from '../orgs'

export const getHome = defineAction({
  schema: getHomeInput,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId }, context): Promise<BranchHome> {
    const { org, roles, roleHere } = grantOf(context)
    const [secretaries, counts] = await Promise.all([
      aggregateRows<{ user: { nickname?: string }[] }>(
        context.db
          .collection('memberships')
          .aggregate()
          .match({ orgId, status: 'active', role: 'secretary' })
          .limit(1)
          .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'user' })
          .end(),
      ),
      countMembers(context.db, orgId),
    ])
    const leads = roles.some((role) => role === 'admin' || LEADERS.includes(role))
    return {
      org: toSummary(org),
      myRole: roleHere,
      secretary: secretaries[0]
        ? { nickname: secretaries[0].user[0]?.nickname ?? '微信用户' }
        : null,
      memberCount: counts.active,
      upcoming: [],
      notices: [],
      pendingJoinRequests: leads ? counts.pending : 0,
    }
  },
})
