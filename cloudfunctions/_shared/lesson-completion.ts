import type { Database } from './cloud'
import { pipelineTools } from './db'
import type { CompletionEvidence } from '../../types/lesson'
import { PARTY_MEMBERS } from '../../types/roles'

type Aggregate = ReturnType<ReturnType<Database['collection']>['aggregate']>

/**
 * `Finished`: who finished the lesson and on what evidence (with `withReflections`, also what they
 * wrote and when).
 */
export interface CompletionRow<
  Finished = { openid: string; evidence?: CompletionEvidence | null },
> {
  _id: string
  /** The org's active 党员, of whom its required lessons are required (`requiredOf`). */
  members: { openid: string }[]
  done: Finished[]
}

/**
 * Whom a required lesson is required of, as a condition on a membership where `at` points (`'$'` for
 * the membership itself, `'$memberOf.'` for one joined in): an active 党员, 正式 or 预备
 * (`PARTY_MEMBERS`). 入党积极分子 and 群众 may read it but are not in a completion rate, nor reminded;
 * 管理员 is an office. Every lesson completion count matches its people by this.
 */
export function requiredOf(db: Database, at = '$'): unknown {
  const $ = db.command.aggregate
  return $.and([$.eq([`${at}status`, 'active']), $.in([`${at}role`, [...PARTY_MEMBERS]])])
}

/**
 * The orgs `orgMatch` finds, each with its 党员 (`requiredOf`) and those of them who finished the
 * lesson: the one query behind a lesson's completion rates (getLessonStats) and its due reminders
 * (the cron job), so both count the same people. The caller may add stages, then projects and ends it.
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
        .match(expr($.and([$.eq(['$orgId', '$$id']), requiredOf(db)])))
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
