import { defineAction, grantOf } from '../../../_shared/action'
import { COMMITTEE } from '../../../_shared/policy'
import { permits } from '../../../../types/roles'
import { requireCleanText } from '../../../_shared/content-check'
import { conflict, forbidden, notFound } from '../../../_shared/errors'
import { contentFlagNote, type SavedLesson } from '../../../../types/lesson'
import { reviewLessonInput } from '../../../../types/lesson.schema'
import { deliver } from '../../../_shared/records/inbox'
import { lessonReviewed } from '../../../_shared/inbox-messages'
import { eventOf, findLesson, moveStatus, nicknameOf, savedLesson } from '../lessons'

/**
 * A secretary of the lesson's org (or an admin above) publishes it or sends it back with a note — or,
 * where the lesson fell to the committee (reviewers.ts), a committee member. Never the author: every
 * lesson is read by a second person before the branch sees it.
 */
export const reviewLesson = defineAction({
  schema: reviewLessonInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<SavedLesson> {
    const { db, caller } = context
    const { orgId, lessonId } = input
    const lesson = await findLesson(db, lessonId, '这篇稿件')
    if (lesson.orgId !== orgId || lesson.status === 'draft') throw notFound('这篇稿件')
    if (lesson.reviewBy !== 'committee' && !permits(grantOf(context).roles, ['secretary'])) {
      throw forbidden('这篇微党课由书记或上级管理员审核')
    }
    if (lesson.authorId === caller.openid) {
      throw forbidden('不能审核自己写的微党课，请由其他书记或上级管理员审核')
    }
    if (lesson.status !== 'pending') {
      throw conflict(
        lesson.status === 'published' ? '这篇微党课已经发布了' : '这篇稿件已经退回给作者了',
      )
    }

    const now = new Date()
    const reviewerName = await nicknameOf(db, caller.openid)
    const _ = db.command
    if (input.decision === 'reject') {
      await requireCleanText(caller, input.note, 'comment', '退回意见')
      await moveStatus(db, lessonId, ['pending'], {
        status: 'rejected',
        reviewNote: input.note,
        reviewerId: caller.openid,
        updatedAt: now,
        history: _.push([eventOf('rejected', caller.openid, reviewerName, input.note)]),
      })
    } else {
      await moveStatus(db, lessonId, ['pending'], {
        status: 'published',
        reviewNote: '',
        reviewerId: caller.openid,
        publishedAt: now,
        updatedAt: now,
        history: _.push([eventOf('published', caller.openid, reviewerName)]),
      })
    }
    await context.audit({
      action: 'lesson.reviewLesson',
      orgId,
      target: lessonId,
      summary:
        input.decision === 'reject'
          ? `退回微党课“${lesson.title}”：${input.note}`
          : `审核通过并发布微党课“${lesson.title}”${lesson.contentFlag == null ? '' : `（${contentFlagNote(lesson.contentFlag)}，审核人已阅）`}`,
    })
    const verdict =
      input.decision === 'reject'
        ? { publish: false as const, note: input.note }
        : { publish: true as const }
    await deliver(db, [lessonReviewed(lesson, verdict, now)])
    return savedLesson({
      _id: lessonId,
      status: input.decision === 'reject' ? 'rejected' : 'published',
      hold: null,
      updatedAt: now,
    })
  },
})
