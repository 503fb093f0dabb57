import { defineAction } from '../../../_shared/action'
import { screenText } from '../../../_shared/content-check'
import { rows } from '../../../_shared/db'
import { conflict, notFound } from '../../../_shared/errors'
import { saveReflectionInput } from '../../../../types/lesson.schema'
import { progressId, type ProgressRecord } from '../../../_shared/records/lesson-progress'

/**
 * A one-line reflection on a finished lesson, private to the member and their secretary. Content
 * security decides: risky text is refused (nothing stored); text it wants a person to look at is kept
 * but held, so only its author sees it.
 */
export const saveReflection = defineAction({
  schema: saveReflectionInput,
  policy: { kind: 'signedIn' },
  async run({ lessonId, reflection }, context): Promise<{ reflection: string; held: boolean }> {
    const { db, caller } = context
    const id = progressId(lessonId, caller.openid)
    const [progress] = await rows<ProgressRecord>(
      db.collection('lessonProgress').where({ _id: id }).limit(1).get(),
    )
    if (!progress) throw notFound('阅读记录')
    if (!progress.completedAt) throw conflict('读完这篇微党课后就可以写心得了')
    const verdict = await screenText(caller, reflection, 'comment', '心得')
    const held = verdict === 'review'
    await db
      .collection('lessonProgress')
      .doc(id)
      .update({ data: { reflection, reflectionHeld: held, updatedAt: new Date() } })
    await context.audit({
      action: 'lesson.saveReflection',
      orgId: progress.orgId,
      target: lessonId,
      summary: reflection ? '写下学习心得' : '清空学习心得',
    })
    return { reflection, held }
  },
})
