import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import type { SavedLesson } from '../../../../types/lesson'
import { scopedLessonInput } from '../../../../types/lesson.schema'
import { eventOf, findOwnLesson, moveStatus, nicknameOf, savedLesson } from '../lessons'

/** The author takes a lesson back from review to change it. */
export const withdrawLesson = defineAction({
  schema: scopedLessonInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, lessonId }, context): Promise<SavedLesson> {
    const { db, caller } = context
    const lesson = await findOwnLesson(db, lessonId, orgId, caller.openid)
    if (lesson.status !== 'pending') throw conflict('只有审核中的稿件可以撤回')
    const now = new Date()
    await moveStatus(db, lessonId, ['pending'], {
      status: 'draft',
      updatedAt: now,
      history: db.command.push([
        eventOf('withdrawn', caller.openid, await nicknameOf(db, caller.openid)),
      ]),
    })
    await context.audit({
      action: 'lesson.withdrawLesson',
      orgId,
      target: lessonId,
      summary: `撤回审核中的微党课“${lesson.title}”`,
    })
    return savedLesson({ ...lesson, status: 'draft', updatedAt: now })
  },
})
