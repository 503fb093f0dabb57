import { defineAction } from '../../../_shared/action'
import { conflict, notFound } from '../../../_shared/errors'
import { setPinnedInput } from '../../../../types/lesson.schema'
import { findLesson } from '../lessons'

/** A secretary of the lesson's org (or an admin above) pins it to the top of the 学习 tab. */
export const setPinned = defineAction({
  schema: setPinnedInput,
  policy: { kind: 'org', roles: ['secretary'], orgOf: (input) => input.orgId },
  async run({ orgId, lessonId, pinned }, context): Promise<{ pinned: boolean }> {
    const { db } = context
    const lesson = await findLesson(db, lessonId)
    if (lesson.orgId !== orgId) throw notFound('这篇微党课')
    if (lesson.status !== 'published') throw conflict('发布后才能置顶')
    await db
      .collection('lessons')
      .doc(lessonId)
      .update({ data: { pinned, updatedAt: new Date() } })
    await context.audit({
      action: 'lesson.setPinned',
      orgId,
      target: lessonId,
      summary: `${pinned ? '置顶' : '取消置顶'}微党课“${lesson.title}”`,
    })
    return { pinned }
  },
})
