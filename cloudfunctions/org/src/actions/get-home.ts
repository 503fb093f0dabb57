import { defineAction, grantOf } from '../../../_shared/action'
import { ANY_ROLE, LEADERS } from '../../../_shared/policy'
import type { BranchHome } from '../../../../types/org'
import { getHomeInput } from '../../../../types/org.schema'
import { loadHomeFacts } from '../home'
import { toSummary } from '../orgs'

/** The 支部 home in two round trips: the grant, then one aggregate for everything shown. */
export const getHome = defineAction({
  schema: getHomeInput,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId }, context): Promise<BranchHome> {
    const { org, roles, roleHere } = grantOf(context)
    const facts = await loadHomeFacts(context.db, orgId, org.ancestors)
    const leads = roles.some((role) => role === 'admin' || LEADERS.includes(role))
    return {
      org: toSummary(org),
      myRole: roleHere,
      secretary: facts.secretary,
      memberCount: facts.memberCount,
      upcoming: [],
      notices: facts.notices,
      pendingJoinRequests: leads ? facts.pendingJoinRequests : 0,
    }
  },
})
