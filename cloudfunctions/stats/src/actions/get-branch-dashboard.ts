import { defineAction, grantOf } from '../../../_shared/action'
import { invalidArgument } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import type { BranchDashboard } from '../../../../types/stats'
import { dashboardInput } from '../../../../types/stats.schema'
import { loadFacts } from '../facts'
import { branchFigures } from '../figures'
import { toOrgSummary } from '../orgs'
import { periodAt, publicPeriod } from '../period'
import { loadScope } from '../scope'

/**
 * A branch's dashboard for its 支委会 (and admins above): 三会一课 this quarter, attendance over six
 * months, required lessons, activities and grassroots issues. Counts only — no person is named, so
 * reading it is not a read of member data and is not audited.
 * Round trips: the policy's grant, the scope, the facts.
 */
export const getBranchDashboard = defineAction({
  schema: dashboardInput,
  readOnly: true,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run(_input, context): Promise<BranchDashboard> {
    const { org } = grantOf(context)
    if (org.kind !== 'branch') {
      throw invalidArgument('这里只能查看党支部的看板；党委、党总支请打开组织看板')
    }
    const period = periodAt(new Date())
    const scope = await loadScope(context.db, org, period)
    const facts = await loadFacts(context.db, scope, period)
    const [own] = branchFigures(scope, facts, period)
    return {
      org: toOrgSummary(org),
      period: publicPeriod(period),
      figures: own.figures,
      lessons: own.lessons,
      customRhythm: own.customRhythm,
    }
  },
})
