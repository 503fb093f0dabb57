import { defineAction, grantOf } from '../../../_shared/action'
import {
  ANY_ROLE,
  COMMITTEE,
  LEADERS,
  permits,
  rolesOf,
  type OrgGrant,
  type Policy,
} from '../../../_shared/policy'
import type { BranchHome, HomePermissions } from '../../../../types/org'
import { getHomeInput } from '../../../../types/org.schema'
import { loadHomeFacts } from '../home'
import { toSummary } from '../orgs'
import { bindGroup } from './bind-group'
import { createInvite } from './create-invite'
import { decideJoin } from './decide-join'
import { getTree } from './get-tree'
import { listAudit } from './list-audit'
import { setRole } from './set-role'

/** Read from the actions' own policies, so the home never offers a tool the server would refuse. */
function homePermissions(grant: OrgGrant): HomePermissions {
  const can = <Input>(policy: Policy<Input>) => permits(grant, rolesOf(policy))
  const branch = grant.org.kind === 'branch'
  return {
    manageMembers: can(setRole.policy),
    invite: branch && can(createInvite.policy),
    decideJoin: branch && can(decideJoin.policy),
    bindGroup: branch && can(bindGroup.policy),
    viewAudit: can(listAudit.policy),
    viewTree: can(getTree.policy),
    // notice.publishNotice asks for the same leaders; issue.listForOrg for the 支委会
    publishNotice: permits(grant, LEADERS),
    handleIssues: permits(grant, COMMITTEE),
    // stats: a branch's dashboard for its 支委会, a 党委/总支's for its 书记 (admins above always)
    viewStats:
      grant.org.kind === 'group' ? false : permits(grant, branch ? COMMITTEE : ['secretary']),
  }
}

/** The 支部 home in two round trips: the grant, then one aggregate for everything shown. */
export const getHome = defineAction({
  schema: getHomeInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run(_input, context): Promise<BranchHome> {
    const grant = grantOf(context)
    const viewer = { openid: context.caller.openid, roles: grant.roles, roleHere: grant.roleHere }
    const facts = await loadHomeFacts(context.db, grant.org, viewer, new Date())
    const can = homePermissions(grant)
    return {
      org: toSummary(grant.org),
      myRole: grant.roleHere,
      secretary: facts.secretary,
      memberCount: facts.memberCount,
      nonPartyCount: facts.nonPartyCount,
      upcoming: facts.upcoming,
      completeness: facts.completeness,
      notices: facts.notices,
      pendingJoinRequests: can.decideJoin ? facts.pendingJoinRequests : 0,
      todo: facts.todo,
      can,
    }
  },
})
