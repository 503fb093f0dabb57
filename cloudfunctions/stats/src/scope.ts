import type { Database } from '../../_shared/cloud'
import { aggregateRows } from '../../_shared/db'
import type { OrgRecord } from '../../_shared/policy'
import type { Period } from './period'
import { pipelineTools } from '../../_shared/db'
import { MAX_ORGS } from './limits'

export type ScopeOrg = OrgRecord & { rhythm?: Record<string, number> }

export interface RequiredLesson {
  _id: string
  title: string
  requiredOrgId: string
  requiredDue: Date
}

/** Where a dashboard looks: the branches it covers and the 党小组 under them. */
export interface DashboardScope {
  /** The org the dashboard is of. */
  org: OrgRecord
  /** Every live org below it. */
  below: ScopeOrg[]
  /** The branches whose figures are shown: the org itself for a branch dashboard. */
  branches: ScopeOrg[]
  /** Branch id of every branch and 党小组 in scope (meetings and activities may sit in a 党小组). */
  branchOf: Map<string, string>
  /** Required lessons due this quarter or later that reach any branch in scope. */
  lessons: RequiredLesson[]
}

interface ScopeRow {
  below: ScopeOrg[]
  lessons: RequiredLesson[]
}

/**
 * One round trip: the org's subtree and the required lessons that reach into it — required of an org
 * on its path (pushed down from above) or of an org inside it.
 */
export async function loadScope(
  db: Database,
  org: OrgRecord,
  period: Period,
): Promise<DashboardScope> {
  const _ = db.command
  const path = [...org.ancestors, org._id]
  const [row] = await aggregateRows<ScopeRow>(
    db
      .collection('orgs')
      .aggregate()
      .match({ _id: org._id })
      .limit(1)
      .lookup({
        from: 'orgs',
        pipeline: pipelineTools(db)
          .pipeline()
          .match({ ancestors: org._id, archived: false })
          .project({
            name: 1,
            kind: 1,
            parentId: 1,
            ancestors: 1,
            archived: 1,
            order: 1,
            createdAt: 1,
            rhythm: 1,
          })
          .limit(MAX_ORGS)
          .done(),
        as: 'below',
      })
      .lookup({
        from: 'lessons',
        pipeline: pipelineTools(db)
          .pipeline()
          .match({
            status: 'published',
            requiredOrgId: _.neq(''),
            requiredDue: _.gte(period.from),
          })
          .lookup({
            from: 'orgs',
            localField: 'requiredOrgId',
            foreignField: '_id',
            as: 'requiredOrg',
          })
          .match(_.or([{ requiredOrgId: _.in(path) }, { 'requiredOrg.ancestors': org._id }]))
          .project({ title: 1, requiredOrgId: 1, requiredDue: 1 })
          .limit(MAX_ORGS)
          .done(),
        as: 'lessons',
      })
      .project({ below: 1, lessons: 1 })
      .end(),
  )
  const below = row?.below ?? []
  const branches: ScopeOrg[] =
    org.kind === 'branch' ? [org] : below.filter((unit) => unit.kind === 'branch')
  const branchOf = new Map<string, string>()
  for (const branch of branches) branchOf.set(branch._id, branch._id)
  // 党小组 sit directly under their branch (CHILD_KINDS).
  for (const unit of below) {
    if (unit.kind === 'group' && branchOf.get(unit.parentId) === unit.parentId) {
      branchOf.set(unit._id, unit.parentId)
    }
  }
  return {
    org,
    below,
    branches,
    branchOf,
    lessons: (row?.lessons ?? []).map((lesson) => ({
      ...lesson,
      requiredDue: new Date(lesson.requiredDue),
    })),
  }
}

/** The lessons required of a branch: those whose required org is the branch or above it. */
export function lessonsFor(branch: OrgRecord, lessons: RequiredLesson[]): RequiredLesson[] {
  const path = new Set([...branch.ancestors, branch._id])
  return lessons.filter((lesson) => path.has(lesson.requiredOrgId))
}
