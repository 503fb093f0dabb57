import { defineAction, type ActionContext } from '../../../_shared/action'
import { addOnce, rows, updatedCount } from '../../../_shared/db'
import { conflict } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import { estimateReadingSeconds, type SavedLesson } from '../../../../types/lesson'
import { saveDraftInput } from '../../../../types/lesson.schema'
import { savedLesson, type LessonRecord } from '../lessons'

type DraftContent = Pick<
  LessonRecord,
  'title' | 'summary' | 'blocks' | 'tags' | 'readingSeconds' | 'coverFileId' | 'hold' | 'updatedAt'
>

/**
 * Secretaries, committee members and admins write lessons for their org. The editor names the lesson's
 * id when it opens a new one, so the first save creates it and every later save (or a retry) updates
 * the same draft. Only the author edits, and only while it is a draft or was sent back.
 */
export const saveDraft = defineAction({
  schema: saveDraftInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<SavedLesson> {
    const { db, caller } = context
    const { orgId, lessonId, title, summary, blocks, tags } = input
    const now = new Date()
    const content: DraftContent = {
      title,
      summary,
      blocks,
      tags,
      readingSeconds: estimateReadingSeconds(title, summary, blocks),
      coverFileId: blocks.find((block) => block.kind === 'image')?.fileID ?? '',
      // Changed content is checked afresh on the next submit.
      hold: null,
      updatedAt: now,
    }

    const [existing] = await rows<LessonRecord>(
      db.collection('lessons').where({ _id: lessonId }).limit(1).get(),
    )
    if (!existing) {
      const lesson: LessonRecord = {
        _id: lessonId,
        orgId,
        ...content,
        status: 'draft',
        authorId: caller.openid,
        reviewNote: '',
        heldImages: [],
        blockedImages: [],
        pinned: false,
        requiredOrgId: '',
        requiredDue: null,
        requiredBy: '',
        dueReminded: false,
        history: [],
        createdAt: now,
        submittedAt: null,
        publishedAt: null,
        reviewerId: '',
      }
      if ((await addOnce(db, 'lessons', lesson)) === 'exists') {
        // The same draft saved twice at once: the first save made it; this one is an update below.
        return updateDraft(context, lessonId, orgId, content)
      }
      await context.audit({
        action: 'lesson.saveDraft',
        orgId,
        target: lessonId,
        summary: `新建微党课草稿“${title || '（无标题）'}”`,
      })
      return savedLesson(lesson)
    }
    return updateDraft(context, lessonId, orgId, content, existing)
  },
})

async function updateDraft(
  context: ActionContext,
  lessonId: string,
  orgId: string,
  content: DraftContent,
  existing?: LessonRecord,
): Promise<SavedLesson> {
  const { db, caller } = context
  const current =
    existing ??
    (await rows<LessonRecord>(db.collection('lessons').where({ _id: lessonId }).limit(1).get()))[0]
  if (!current || current.authorId !== caller.openid || current.orgId !== orgId) {
    throw conflict('这个稿件编号已被占用，请重新打开编辑页再保存')
  }
  if (current.status === 'pending') throw conflict('稿件正在审核中，请先撤回再修改')
  if (current.status === 'published') throw conflict('已发布的微党课不能再修改')
  const _ = db.command
  const updated = await updatedCount(
    db
      .collection('lessons')
      .where({ _id: lessonId, authorId: caller.openid, status: _.in(['draft', 'rejected']) })
      .update({ data: content }),
  )
  if (updated !== 1) {
    // Nothing changed is fine (the same save twice within a millisecond); a status that moved is not.
    const [latest] = await rows<LessonRecord>(
      db.collection('lessons').where({ _id: lessonId }).limit(1).get(),
    )
    if (
      latest?.authorId !== caller.openid ||
      (latest.status !== 'draft' && latest.status !== 'rejected')
    ) {
      throw conflict('稿件的状态刚刚有了变化，请刷新后再改')
    }
  }
  await context.audit({
    action: 'lesson.saveDraft',
    orgId,
    target: lessonId,
    summary: `修改微党课草稿“${content.title || '（无标题）'}”`,
  })
  return savedLesson({ ...current, hold: null, updatedAt: content.updatedAt })
}
