import { defineAction, grantOf } from '../../../_shared/action'
import { conflict, invalidArgument } from '../../../_shared/errors'
import { recordImageChecks, submitImageChecks } from '../../../_shared/media-check'
import { COMMITTEE } from '../../../_shared/policy'
import { contentFlagNote, countBodyChars, type SavedLesson } from '../../../../types/lesson'
import { scopedLessonInput } from '../../../../types/lesson.schema'
import {
  eventOf,
  findOwnLesson,
  moveStatus,
  nicknameOf,
  savedLesson,
  type LessonRecord,
} from '../lessons'
import { checkLessonText, imagesOf } from '../moderation'
import { reviewByFor } from '../reviewers'

const MIN_BODY_CHARS = 50

/** What a lesson needs before it goes to review; each message says what to add. */
function requireComplete(lesson: LessonRecord): void {
  if (lesson.title.length < 4) throw invalidArgument('请填写标题（4–40 字）再提交')
  if (lesson.summary.length < 10) {
    throw invalidArgument('请写一两句导语（至少 10 字），它会显示在学习列表里')
  }
  if (countBodyChars(lesson.blocks) < MIN_BODY_CHARS) {
    throw invalidArgument(`正文至少 ${MIN_BODY_CHARS} 字再提交审核`)
  }
  if (lesson.blocks.some((block) => block.kind === 'text' && !block.text.trim())) {
    throw invalidArgument('有空白的正文段落，请填写或删除后再提交')
  }
}

/**
 * The author sends a draft (or a lesson sent back) to review. Content security looks at every word
 * first, by the one rule: `risky` is refused saying what kind, and the lesson stays the author's
 * draft; `review` goes to the reviewer's queue like any lesson, with the kind shown, and the reviewer
 * reads it and publishes it or sends it back.
 */
export const submitLesson = defineAction({
  schema: scopedLessonInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, lessonId }, context): Promise<SavedLesson> {
    const { db, caller } = context
    const lesson = await findOwnLesson(db, lessonId, orgId, caller.openid)
    if (lesson.status === 'pending') throw conflict('这篇稿件已经在审核中了')
    if (lesson.status === 'published') throw conflict('这篇微党课已经发布了')
    requireComplete(lesson)
    const reviewBy = await reviewByFor(db, grantOf(context).org, caller.openid)
    if (!reviewBy) {
      throw conflict(
        '本组织和上级还没有其他可以审核的书记、管理员或委员，请先邀请一位委员加入再提交',
      )
    }

    const _ = db.command
    const now = new Date()
    const authorName = await nicknameOf(db, caller.openid)
    const contentFlag = await checkLessonText(caller, lesson)
    const flagNote = contentFlag === null ? '' : contentFlagNote(contentFlag)

    // Every image is checked again for this version; readers see each once it passes.
    const checks = await submitImageChecks(caller, imagesOf(lesson.blocks))
    await moveStatus(db, lessonId, ['draft', 'rejected'], {
      status: 'pending',
      hold: null,
      contentFlag,
      heldImages: checks.map((check) => check.fileID),
      blockedImages: [],
      submittedAt: now,
      updatedAt: now,
      reviewBy,
      history: _.push([eventOf('submitted', caller.openid, authorName, flagNote)]),
    })
    await recordImageChecks(db, caller, 'lessonImage', lessonId, checks)
    await context.audit({
      action: 'lesson.submitLesson',
      orgId,
      target: lessonId,
      summary: `提交微党课“${lesson.title}”待审核${flagNote ? `（${flagNote}）` : ''}`,
    })
    return savedLesson({ _id: lessonId, status: 'pending', hold: null, updatedAt: now })
  },
})
