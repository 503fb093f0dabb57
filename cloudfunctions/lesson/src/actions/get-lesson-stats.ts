import { defineAction, grantOf } from '../../../_shared/action'
import type { Database } from '../../../_shared/cloud'
import { aggregateRows, pipelineTools } from '../../../_shared/db'
import { notFound } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import type { CompletionEvidence, LessonStats } from '../../../../types/lesson'
import { byOrgOrder } from '../../../../types/org'
import { scopedLessonInput } from '../../../../types/lesson.schema'
import { completionByOrg, type CompletionRow } from '../../../_shared/lesson-completion'
import { findLesson, type LessonRecord } from '../lessons'

interface BranchRow extends CompletionRow<{
  openid: string
  evidence?: CompletionEvidence | null
  reflection?: string
  reflectionHeld?: boolean
  completedAt: Date
}> {
  name: string
  ancestors: string[]
  order?: number
  createdAt?: Date
  lesson: Pick<
    LessonRecord,
    '_id' | 'title' | 'orgId' | 'status' | 'requiredOrgId' | 'requiredDue'
  >[]
  names?: { _id: string; nickname?: string }[]
}

/**
 * How far each branch under the caller's org has got with one lesson: members and how many finished.
 * No names in a ranking, no comparison between people. The secretary of a branch also sees the
 * reflections of their own members (private to member and secretary; reading them is audited).
 * Round trips: the policy's grant, one aggregate, and the audit when reflections are shown.
 */
export const getLessonStats = defineAction({
  schema: scopedLessonInput,
  readOnly: true,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, lessonId }, context): Promise<LessonStats> {
    const { db } = context
    const { org, roleHere } = grantOf(context)
    const withReflections =
      roleHere === 'secretary' && (org.kind === 'branch' || org.kind === 'group')
    const found = await branchRows(db, orgId, lessonId, withReflections)
    const lesson = found[0]?.lesson[0] ?? (await findLesson(db, lessonId))
    if (lesson.status !== 'published') throw notFound('这篇微党课')
    // Only branches the lesson reaches: its scope is on their path.
    const reached = found.filter((row) => [...row.ancestors, row._id].includes(lesson.orgId))
    const orgPath = [...org.ancestors, org._id]
    if (reached.length === 0 && !orgPath.includes(lesson.orgId)) throw notFound('这篇微党课')

    let reflections: LessonStats['reflections'] = null
    const own = reached.find((row) => row._id === orgId)
    if (withReflections && own) {
      const names = new Map(
        (own.names ?? []).map((user) => [user._id, user.nickname ?? '微信用户']),
      )
      reflections = own.done
        .filter((done) => done.reflection && !done.reflectionHeld)
        .sort((a, b) => new Date(b.completedAt).getTime() - new Date(a.completedAt).getTime())
        .map((done) => ({
          nickname: names.get(done.openid) ?? '微信用户',
          reflection: done.reflection ?? '',
          completedAt: new Date(done.completedAt).toISOString(),
          evidence: evidenceOf(done),
        }))
      await context.audit({
        action: 'lesson.getLessonStats',
        orgId,
        target: lessonId,
        summary: `查看“${lesson.title}”的学习情况和党员心得`,
      })
    }
    return {
      lesson: {
        id: lesson._id,
        title: lesson.title,
        due: lesson.requiredDue ? new Date(lesson.requiredDue).toISOString() : null,
        requiredOrgId: lesson.requiredOrgId || null,
      },
      branches: reached.sort(byOrgOrder).map((row) => ({
        orgId: row._id,
        name: row.name,
        members: row.members.length,
        completed: row.done.length,
        byMinimum: row.done.filter((done) => evidenceOf(done) === 'minimum').length,
      })),
      reflections,
    }
  },
})

/** Completions from before evidence was kept are shown as they were judged: on the time minimum. */
function evidenceOf(done: { evidence?: CompletionEvidence | null }): CompletionEvidence {
  return done.evidence ?? 'minimum'
}

/** Branches in the org's subtree (or the 党小组 itself), each with members and who finished. */
function branchRows(
  db: Database,
  orgId: string,
  lessonId: string,
  withNames: boolean,
): Promise<BranchRow[]> {
  const _ = db.command
  const $ = _.aggregate
  const { expr, pipeline } = pipelineTools(db)
  let query = completionByOrg(db, {
    orgMatch: _.and([
      _.or([{ _id: orgId }, { ancestors: orgId }]),
      _.or([{ kind: 'branch' }, { _id: orgId, kind: 'group' }]),
      { archived: false },
    ]),
    maxOrgs: 500,
    lessonId,
    withReflections: withNames,
  }).lookup({
    from: 'lessons',
    pipeline: pipeline()
      .match({ _id: lessonId })
      .project({ title: 1, orgId: 1, status: 1, requiredOrgId: 1, requiredDue: 1 })
      .done(),
    as: 'lesson',
  })
  if (withNames) {
    query = query.lookup({
      from: 'users',
      let: { ids: '$done.openid' },
      pipeline: pipeline()
        .match(expr($.in(['$_id', '$$ids'])))
        .project({ nickname: 1 })
        .done(),
      as: 'names',
    })
  }
  return aggregateRows<BranchRow>(
    query
      .project({
        name: 1,
        ancestors: 1,
        order: 1,
        createdAt: 1,
        members: 1,
        done: 1,
        lesson: 1,
        names: 1,
      })
      .end(),
  )
}
