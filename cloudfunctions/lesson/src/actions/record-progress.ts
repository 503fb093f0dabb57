import { defineAction } from '../../../_shared/action'
import { aggregateRows, updatedCount } from '../../../_shared/db'
import { conflict, notFound } from '../../../_shared/errors'
import {
  MINIMUM_EVIDENCE_NOTE,
  secondsNeededToComplete,
  type ProgressResult,
} from '../../../../types/lesson'
import { recordProgressInput } from '../../../../types/lesson.schema'
import type { LessonRecord } from '../lessons'
import { progressId, type ProgressRecord } from '../../../_shared/records/lesson-progress'
import { creditBeat } from '../progress'

type ProgressRow = ProgressRecord & {
  lesson: Pick<LessonRecord, 'status' | 'readingSeconds' | 'title' | 'orgId'>[]
}

/**
 * One reading heartbeat. Only a reading session the reader opened (getLesson made the progress row
 * after checking who may read) accepts beats; each beat's active seconds are capped by the wall time
 * since the previous one, and the beat counter makes concurrent beats spend that time once. A beat
 * may say which stretch of the lesson passed the screen; a completion records whether those covered
 * the whole lesson or only the time minimum was met (evidence, progress.ts creditBeat), and says so
 * in its audit line.
 *
 * Beats are not audited one by one (a row every ten seconds per reader would drown the audit trail);
 * finishing a lesson is.
 */
export const recordProgress = defineAction({
  schema: recordProgressInput,
  policy: { kind: 'signedIn' },
  async run(beat, context): Promise<ProgressResult> {
    const { db, caller } = context
    const id = progressId(beat.lessonId, caller.openid)
    const [progress] = await aggregateRows<ProgressRow>(
      db
        .collection('lessonProgress')
        .aggregate()
        .match({ _id: id })
        .limit(1)
        .lookup({ from: 'lessons', localField: 'lessonId', foreignField: '_id', as: 'lesson' })
        .project({ 'lesson.blocks': 0, 'lesson.history': 0 })
        .end(),
    )
    const lesson = progress?.lesson[0]
    if (!progress || !lesson) throw notFound('阅读记录')
    if (lesson.status !== 'published') throw conflict('这篇微党课已不再发布，进度没有记录')
    const neededSeconds = secondsNeededToComplete(lesson.readingSeconds)
    if (progress.completedAt) {
      return {
        percent: progress.percent,
        activeSeconds: progress.activeSeconds,
        neededSeconds,
        credited: 0,
        completed: true,
      }
    }

    const now = new Date()
    const outcome = creditBeat(progress, beat, now, lesson.readingSeconds)
    const data: Record<string, unknown> = {
      percent: outcome.percent,
      resumeAt: outcome.resumeAt,
      activeSeconds: outcome.activeSeconds,
      sectionsSeen: outcome.sectionsSeen,
      beats: progress.beats + 1,
      beatAt: now,
      updatedAt: now,
    }
    if (outcome.completes) Object.assign(data, { completedAt: now, evidence: outcome.evidence })
    const updated = await updatedCount(
      db.collection('lessonProgress').where({ _id: id, beats: progress.beats }).update({ data }),
    )
    if (updated !== 1) throw conflict('阅读进度刚刚更新过，稍后会继续记录')
    if (outcome.completes) {
      await context.audit({
        action: 'lesson.recordProgress',
        orgId: progress.orgId,
        target: beat.lessonId,
        summary: `学完微党课“${lesson.title}”${outcome.evidence === 'minimum' ? `（${MINIMUM_EVIDENCE_NOTE}）` : ''}`,
      })
    }
    return {
      percent: outcome.percent,
      activeSeconds: outcome.activeSeconds,
      neededSeconds,
      credited: outcome.credited,
      completed: outcome.completes,
    }
  },
})
