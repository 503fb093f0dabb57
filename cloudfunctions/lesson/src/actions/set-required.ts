import { defineAction, grantOf } from '../../../_shared/action'
import type { Database } from '../../../_shared/cloud'
import { rows } from '../../../_shared/db'
import { conflict, forbidden, invalidArgument, notFound } from '../../../_shared/errors'
import { ADMINS } from '../../../_shared/policy'
import { setRequiredInput } from '../../../../types/lesson.schema'
import { findLesson } from '../lessons'
import { DAY_MS, MAX_DAYS_AHEAD, endOfShanghaiDay } from '../../../../types/time'

/**
 * An admin makes a published lesson a 规定动作 for their subtree, with a last day; every branch below
 * then sees it first and sees its completion rate. A requirement set higher up is not narrowed from
 * below. `due: null` lifts it.
 */
export const setRequired = defineAction({
  schema: setRequiredInput,
  policy: { kind: 'org', roles: ADMINS, orgOf: (input) => input.orgId },
  async run({ orgId, lessonId, due }, context) {
    const { db, caller } = context
    const { org } = grantOf(context)
    const path = [...org.ancestors, org._id]
    const lesson = await findLesson(db, lessonId)
    if (!path.includes(lesson.orgId)) {
      // Published below this org, the admin sees it (from above); anywhere else they do not.
      if (lesson.status === 'published' && (await isBelow(db, lesson.orgId, org._id))) {
        throw invalidArgument('这篇微党课不在这个组织的学习范围内，请在发布它的组织或其下级设置')
      }
      throw notFound('这篇微党课')
    }
    // An unpublished lesson from an org above is not this admin's to see.
    if (lesson.status !== 'published' && lesson.orgId !== org._id) throw notFound('这篇微党课')
    if (lesson.status !== 'published') throw conflict('发布后才能设为规定动作')
    const existing = lesson.requiredOrgId
    if (existing && existing !== orgId && path.includes(existing)) {
      throw forbidden('上级组织已把这篇设为规定动作，请联系上级管理员调整')
    }

    let dueAt: Date | null = null
    if (due) {
      dueAt = endOfShanghaiDay(due)
      if (!dueAt) throw invalidArgument('完成期限不是有效日期，请重新选择')
      const now = Date.now()
      if (dueAt.getTime() <= now) throw invalidArgument('完成期限要晚于今天，请重新选择')
      if (dueAt.getTime() - now > MAX_DAYS_AHEAD * DAY_MS) {
        throw invalidArgument('完成期限最多设在一年以内')
      }
    }
    await db
      .collection('lessons')
      .doc(lessonId)
      .update({
        data: {
          requiredOrgId: dueAt ? orgId : '',
          requiredDue: dueAt,
          requiredBy: dueAt ? caller.openid : '',
          dueReminded: false,
          updatedAt: new Date(),
        },
      })
    await context.audit({
      action: 'lesson.setRequired',
      orgId,
      target: lessonId,
      summary: dueAt
        ? `把微党课“${lesson.title}”设为${org.name}的规定动作，${due} 前完成`
        : `取消微党课“${lesson.title}”的规定动作`,
    })
    return { required: dueAt ? { orgId, due: dueAt.toISOString() } : null }
  },
})

async function isBelow(db: Database, orgId: string, aboveId: string): Promise<boolean> {
  const [org] = await rows<{ ancestors?: string[] }>(
    db.collection('orgs').where({ _id: orgId }).limit(1).get(),
  )
  return org?.ancestors?.includes(aboveId) ?? false
}
