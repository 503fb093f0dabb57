import type { Database } from './cloud'
import { pipelineTools } from './db'
import type { CompletionEvidence } from '../../types/lesson'

type Aggregate = ReturnType<ReturnType<Database['collection']>['aggregate']>

/**
 * `Finished`: who finished the lesson and on what evidence (with `withReflections`, also what they
 * wrote and when).
 */
export interface CompletionRow<
  Finished = { openid: string; evidence?: CompletionEvidence | null },
> {
  _id: string
  /** Active members of the org; admins are not its readers. */
  members: { openid: string }[]
  done: Finished[]
}

/**
 * The orgs `orgMatch` finds, each with its members and those of them who finished the lesson: the one
 * query behind a lesson's completion rates (getLessonStats) and its due reminders (the cron job), so
 * both count the same people. The caller may add stages, then projects and ends it.
 */
export function completionByOrg(
  db: Database,
  {
    orgMatch,
    maxOrgs,
    lessonId,
    withReflections = false,
  }: { orgMatch: unknown; maxOrgs: number; lessonId: string; withReflections?: boolean },
): Aggregate {
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  return db
    .collection('orgs')
    .aggregate()
    .match(orgMatch as object)
    .limit(maxOrgs)
    .lookup({
      from: 'memberships',
      let: { id: '$_id' },
      pipeline: pipeline()
        .match(
          expr(
            $.and([
              $.eq(['$orgId', '$$id']),
              $.eq(['$status', 'active']),
              $.neq(['$role', 'admin']),
            ]),
          ),
        )
        .project({ _id: 0, openid: 1 })
        .done(),
      as: 'members',
    })
    .lookup({
      from: 'lessonProgress',
      let: { ids: '$members.openid' },
      pipeline: pipeline()
        .match(
          expr(
            $.and([
              $.eq(['$lessonId', lessonId]),
              $.in(['$openid', '$$ids']),
              $.neq(['$completedAt', null]),
            ]),
          ),
        )
        .project(
          withReflections
            ? { _id: 0, openid: 1, evidence: 1, reflection: 1, reflectionHeld: 1, completedAt: 1 }
            : { _id: 0, openid: 1, evidence: 1 },
        )
        .done(),
      as: 'done',
    })
}
