import { z } from 'zod'
import { plainId } from './keys.schema'
import { id } from './org.schema'
import { uploadedImage } from './uploads.schema'

const page = z.number().int().min(0).max(500).optional()

/** Limits shared by the editor (to count and warn) and the server (to refuse). */
export const LESSON_LIMITS = {
  title: 40,
  summary: 120,
  blocks: 40,
  textBlock: 2000,
  /** All text blocks together: about 25 minutes of reading, far past a micro-lesson. */
  bodyText: 10000,
  caption: 60,
  tags: 5,
  tag: 8,
  reflection: 50,
  reviewNote: 200,
} as const

/**
 * A lesson's id is chosen by the editor when it opens a new lesson, so a double tap or a retried save
 * lands on the same draft instead of making two.
 */
export const lessonId = plainId(8, 64, '微党课编号格式不正确，请刷新后重试')

/** Only images this app uploaded for lessons (src/platform/files.ts `uploads/lessons/…`). */
const lessonImage = uploadedImage('lessons', '图片需要重新上传，请删除后重新添加')

const textBlock = z
  .object({
    kind: z.literal('text'),
    text: z
      .string({ invalid_type_error: '正文段落格式不正确' })
      .max(LESSON_LIMITS.textBlock, `每段正文最多 ${LESSON_LIMITS.textBlock} 字，请分成几段`),
  })
  .strict()

const imageBlock = z
  .object({
    kind: z.literal('image'),
    fileID: lessonImage,
    caption: z
      .string()
      .trim()
      .max(LESSON_LIMITS.caption, `图片说明最多 ${LESSON_LIMITS.caption} 字`),
  })
  .strict()

export const lessonBlock = z.discriminatedUnion('kind', [textBlock, imageBlock], {
  errorMap: () => ({ message: '正文内容格式不正确，请更新小程序后再试' }),
})

const tag = z
  .string()
  .trim()
  .min(1, '标签不能为空')
  .max(LESSON_LIMITS.tag, `每个标签最多 ${LESSON_LIMITS.tag} 个字`)
  .regex(/^[^\s,，、#]+$/, '标签里不能有空格、逗号或 #')

/**
 * A draft may be unfinished (nothing is lost because a field is still empty); `submitLesson` checks
 * that it is complete before anyone else sees it.
 */
export const saveDraftInput = z
  .object({
    orgId: id,
    lessonId,
    title: z.string().trim().max(LESSON_LIMITS.title, `标题最多 ${LESSON_LIMITS.title} 字`),
    summary: z.string().trim().max(LESSON_LIMITS.summary, `导语最多 ${LESSON_LIMITS.summary} 字`),
    blocks: z
      .array(lessonBlock)
      .max(LESSON_LIMITS.blocks, `正文最多 ${LESSON_LIMITS.blocks} 段（含图片）`),
    tags: z
      .array(tag)
      .max(LESSON_LIMITS.tags, `最多 ${LESSON_LIMITS.tags} 个标签`)
      .refine((tags) => new Set(tags).size === tags.length, '标签重复了，请删掉重复的'),
  })
  .strict()
  .refine(
    (input) =>
      input.blocks.reduce(
        (sum, block) => sum + (block.kind === 'text' ? block.text.length : 0),
        0,
      ) <= LESSON_LIMITS.bodyText,
    `正文最多 ${LESSON_LIMITS.bodyText} 字；微党课宜短，请精简或拆成几篇`,
  )
export type SaveDraftInput = z.infer<typeof saveDraftInput>

/** Actions on one lesson in its scope org: the policy checks the caller's role there. */
export const scopedLessonInput = z.object({ orgId: id, lessonId }).strict()
export type ScopedLessonInput = z.infer<typeof scopedLessonInput>

export const lessonIdInput = z.object({ lessonId }).strict()
export type LessonIdInput = z.infer<typeof lessonIdInput>

export const listLessonsInput = z.object({ orgId: id, page, tag: tag.optional() }).strict()
export type ListLessonsInput = z.infer<typeof listLessonsInput>

export const pageInput = z.object({ page }).strict()
export type PageInput = z.infer<typeof pageInput>

export const orgPageInput = z.object({ orgId: id, page }).strict()
export type OrgPageInput = z.infer<typeof orgPageInput>

export const reviewLessonInput = z.discriminatedUnion(
  'decision',
  [
    z.object({ orgId: id, lessonId, decision: z.literal('publish') }).strict(),
    z
      .object({
        orgId: id,
        lessonId,
        decision: z.literal('reject'),
        note: z
          .string({ required_error: '请写明退回原因，方便作者修改' })
          .trim()
          .min(2, '请写明退回原因，方便作者修改')
          .max(LESSON_LIMITS.reviewNote, `退回意见最多 ${LESSON_LIMITS.reviewNote} 字`),
      })
      .strict(),
  ],
  { errorMap: () => ({ message: '请选择“发布”或“退回修改”' }) },
)
export type ReviewLessonInput = z.infer<typeof reviewLessonInput>

/**
 * One heartbeat from the reader: where the reader is now (percent of the lesson above the bottom of
 * the screen) and the active seconds since the last beat. The server caps the seconds by wall time.
 */
export const recordProgressInput = z
  .object({
    lessonId,
    percent: z.number().int().min(0).max(100),
    activeSeconds: z.number().int().min(0).max(120),
    /** The stretch of the lesson [from, to] (percents) that passed the screen since the last beat. */
    seen: z
      .tuple([z.number().int().min(0).max(100), z.number().int().min(0).max(100)])
      .refine(([from, to]) => from <= to, '阅读位置有误，请刷新后继续阅读')
      .optional(),
  })
  .strict()
export type RecordProgressInput = z.infer<typeof recordProgressInput>

export const saveReflectionInput = z
  .object({
    lessonId,
    reflection: z
      .string()
      .trim()
      .max(LESSON_LIMITS.reflection, `心得最多 ${LESSON_LIMITS.reflection} 字，写一句话就好`)
      .regex(/^[^\n\r]*$/, '心得请写成一行'),
  })
  .strict()
export type SaveReflectionInput = z.infer<typeof saveReflectionInput>

export const setRequiredInput = z
  .object({
    orgId: id,
    lessonId,
    /** The last day to finish, in Beijing time; null lifts the requirement. */
    due: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '请选择完成期限（年-月-日）')
      .nullable(),
  })
  .strict()
export type SetRequiredInput = z.infer<typeof setRequiredInput>

export const setPinnedInput = z.object({ orgId: id, lessonId, pinned: z.boolean() }).strict()
export type SetPinnedInput = z.infer<typeof setPinnedInput>
