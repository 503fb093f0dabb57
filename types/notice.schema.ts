import { z } from 'zod'
import { id } from './org.schema'

// Attachments are documents put into storage by the app's tools, never a web URL or a path with `..`.
const fileID = z
  .string()
  .max(300)
  .regex(
    /^cloud:\/\/[A-Za-z0-9.-]+\/(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]+\.[a-z0-9]{1,5}$/,
    '附件格式不正确，请重新上传',
  )

export const publishNoticeInput = z
  .object({
    orgId: id,
    title: z.string().trim().min(2, '标题至少 2 个字').max(40, '标题最多 40 个字'),
    body: z.string().trim().min(1, '请填写通知内容').max(2000, '内容最多 2000 字'),
    scope: z.enum(['org', 'subtree']),
    pinned: z.boolean().optional(),
    attachments: z
      .array(z.object({ fileID, name: z.string().trim().min(1).max(60) }).strict())
      .max(5, '附件最多 5 个')
      .optional(),
  })
  .strict()
export type PublishNoticeInput = z.infer<typeof publishNoticeInput>

export const listNoticesInput = z
  .object({ orgId: id, page: z.number().int().min(0).max(500).optional() })
  .strict()
export type ListNoticesInput = z.infer<typeof listNoticesInput>

/**
 * A notice seen from an org: the reader's branch (which decides what they may see) or, for read
 * reports and reminders, the publishing org.
 */
export const noticeRefInput = z.object({ orgId: id, noticeId: id }).strict()
export type NoticeRefInput = z.infer<typeof noticeRefInput>
