import { defineAction, grantOf } from '../../../_shared/action'
import { inTreeOrder } from '../../../_shared/org-order'
import { invalidArgument } from '../../../_shared/errors'
import {
  ATTENTION_KINDS,
  type AttentionKind,
  type BranchHealth,
  type CommitteeDashboard,
} from '../../../../types/stats'
import { byOrgOrder } from '../../../../types/org'
import { dashboardInput } from '../../../../types/stats.schema'
import { loadFacts } from '../facts'
import { branchFigures, rollUp, type BranchFigures } from '../figures'
import { toOrgSummary } from '../orgs'
import { periodAt, publicPeriod } from '../period'
import { loadScope } from '../scope'

/**
 * A 党委's or 总支's dashboard: the branch figures summed over its whole subtree, and a table of each
 * branch's facts in the tree's order (no ranking, no points), each row flagging what needs attention.
 * For admins and the secretary of the org (or above). Counts only, so it is not audited.
 * Round trips: the policy's grant, the scope, the facts — however many branches there are.
 */
export const getCommitteeDashboard = defineAction({
  schema: dashboardInput,
  readOnly: true,
  policy: { kind: 'org', roles: ['secretary'], orgOf: (input) => input.orgId },
  async run(_input, context): Promise<CommitteeDashboard> {
    const { org } = grantOf(context)
    if (org.kind !== 'committee' && org.kind !== 'general_branch') {
      throw invalidArgument('这里查看党委、党总支的看板；党支部请打开支部看板')
    }
    const period = periodAt(new Date())
    const scope = await loadScope(context.db, org, period)
    const facts = await loadFacts(context.db, scope, period)
    const branches = branchFigures(scope, facts, period)
    const names = new Map([org, ...scope.below].map((unit) => [unit._id, unit.name]))
    const positions = new Map(inTreeOrder(org, scope.below).map((unit, at) => [unit._id, at]))
    const byPosition = (a: { orgId: string }, b: { orgId: string }) =>
      (positions.get(a.orgId) ?? 0) - (positions.get(b.orgId) ?? 0)
    const attentionCounts = Object.fromEntries(
      ATTENTION_KINDS.map((kind) => [
        kind,
        branches.filter((entry) => entry.figures.attention.includes(kind)).length,
      ]),
    ) as Record<AttentionKind, number>
    return {
      org: toOrgSummary(org),
      period: publicPeriod(period),
      branchCount: branches.length,
      totals: rollUp(branches, facts, period),
      attentionCounts,
      branches: branches
        .map((entry) => toHealth(entry, names.get(entry.branch.parentId) ?? ''))
        .sort(byPosition),
      subOrgs: scope.below
        .filter((unit) => unit.parentId === org._id && unit.kind === 'general_branch')
        .sort(byOrgOrder)
        .map(toOrgSummary),
    }
  },
})

function toHealth({ branch, figures }: BranchFigures, parentName: string): BranchHealth {
  return {
    orgId: branch._id,
    name: branch.name,
    parentName,
    members: figures.members,
    completenessPercent: figures.completeness.percent,
    fulfilled: figures.completeness.fulfilled,
    required: figures.completeness.required,
    dueByNow: figures.completeness.dueByNow,
    attendancePercent: figures.attendance.percent,
    lessonPercent: figures.lessons.percent,
    activities: figures.activities,
    openIssues: figures.issues.open,
    overdueIssues: figures.issues.overdue,
    duesPercent: figures.dues.percent,
    attention: figures.attention,
  }
}
