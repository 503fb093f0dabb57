import { z } from 'zod'

export const updateProfileInput = z
  .object({
    nickname: z.string().trim().min(1, '昵称不能为空').max(20, '昵称最多 20 个字').optional(),
    avatarUrl: z.string().max(512).optional(),
    /** Only the masked form is kept; the full number is never stored. */
    phone: z
      .string()
      .regex(/^1\d{10}$/, '请填写 11 位手机号')
      .optional(),
  })
  .strict()

export type UpdateProfileInput = z.infer<typeof updateProfileInput>

const TEMPLATE_KEYS = [
  'meetingReminder',
  'lessonDue',
  'noticeReminder',
  'issueReplied',
  'duesReminder',
] as const

/** What requestSubscribeMessage answered `accept` for, from one tap. */
export const recordSubscriptionsInput = z
  .object({ accepted: z.array(z.enum(TEMPLATE_KEYS)).min(1).max(TEMPLATE_KEYS.length) })
  .strict()
export type RecordSubscriptionsInput = z.infer<typeof recordSubscriptionsInput>
