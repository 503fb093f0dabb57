import { z } from 'zod'
import { CONTACT_PREFERENCES, ISSUE_CATEGORIES, ISSUE_MAX_PHOTOS, QUEUE_VIEWS } from './issue'
import { plainId } from './keys.schema'
import { id } from './org.schema'
import { uploadedImage } from './uploads.schema'

const page = z.number().int().min(0).max(500).optional()

/**
 * Made by the app once per draft and sent again on every retry of that draft, so a submission that
 * timed out and is sent again lands on the same case.
 */
const requestId = plainId(8, 64, '请求编号格式不正确，请重新打开页面后再提交')

/** Photos uploaded by `uploadFile('issues', …)`: a cloud fileID in the issues folder, nothing else. */
const photo = uploadedImage('issues')

const photos = z
  .array(photo)
  .max(ISSUE_MAX_PHOTOS, `最多 ${ISSUE_MAX_PHOTOS} 张照片`)
  .refine((list) => new Set(list).size === list.length, '同一张照片只需上传一次')

const place = z
  .object({
    name: z.string().trim().min(1, '请填写地点').max(50, '地点最多 50 个字'),
    address: z.string().trim().max(100, '详细地址最多 100 个字').optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  })
  .strict()

const reason = (what: string) =>
  z.string().trim().min(2, `请写明${what}`).max(200, `${what}最多 200 个字`)

export const submitIssueInput = z
  .object({
    requestId,
    orgId: id,
    category: z.enum(ISSUE_CATEGORIES, { errorMap: () => ({ message: '请选择问题类别' }) }),
    body: z
      .string()
      .trim()
      .min(5, '请至少写 5 个字，说清楚发生了什么')
      .max(1000, '描述最多 1000 个字'),
    photos: photos.optional(),
    place: place.optional(),
    contact: z.enum(CONTACT_PREFERENCES, { errorMap: () => ({ message: '请选择联系方式' }) }),
    contactPhone: z
      .string()
      .regex(/^1\d{10}$/, '请填写 11 位手机号')
      .optional(),
    anonymous: z.boolean(),
    /** The submitter agrees that, once resolved, the case may be shown on the branch's public board. */
    publicConsent: z.boolean().optional(),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.anonymous && input.contact !== 'in_app') {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['contact'],
        message: '匿名反映时只能在小程序里答复，以免透露你的身份',
      })
    }
    if (input.contact === 'phone' && !input.contactPhone) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['contactPhone'],
        message: '选择电话联系时请填写手机号',
      })
    }
    if (input.contact !== 'phone' && input.contactPhone) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['contactPhone'],
        message: '只有选择电话联系时才需要手机号',
      })
    }
  })
export type SubmitIssueInput = z.infer<typeof submitIssueInput>

export const listMineInput = z.object({ page }).strict()
export type ListMineInput = z.infer<typeof listMineInput>

export const issueIdInput = z.object({ issueId: id }).strict()
export type IssueIdInput = z.infer<typeof issueIdInput>

export const listForOrgInput = z
  .object({
    orgId: id,
    view: z.enum(QUEUE_VIEWS, { errorMap: () => ({ message: '请选择要查看的列表' }) }),
    page,
  })
  .strict()
export type ListForOrgInput = z.infer<typeof listForOrgInput>

/** A handler's step names the org it acts in (the case's branch or an org above it). */
export const issueStepInput = z.object({ orgId: id, issueId: id }).strict()
export type IssueStepInput = z.infer<typeof issueStepInput>

export const rejectIssueInput = z
  .object({ orgId: id, issueId: id, reason: reason('不予受理的原因') })
  .strict()
export type RejectIssueInput = z.infer<typeof rejectIssueInput>

export const assignIssueInput = z.object({ orgId: id, issueId: id, assigneeId: id }).strict()
export type AssignIssueInput = z.infer<typeof assignIssueInput>

export const replyIssueInput = z
  .object({
    orgId: id,
    issueId: id,
    body: z
      .string()
      .trim()
      .min(5, '答复至少 5 个字，请写清楚办理结果')
      .max(1000, '答复最多 1000 个字'),
    photos: photos.optional(),
  })
  .strict()
export type ReplyIssueInput = z.infer<typeof replyIssueInput>

export const confirmIssueInput = z
  .object({
    issueId: id,
    rating: z
      .number({ invalid_type_error: '请给办理结果打 1–5 星' })
      .int('请给办理结果打 1–5 星')
      .min(1, '请给办理结果打 1–5 星')
      .max(5, '请给办理结果打 1–5 星'),
    comment: z.string().trim().max(200, '评价最多 200 个字').optional(),
    /** May be given (or withdrawn) again when confirming. */
    publicConsent: z.boolean().optional(),
  })
  .strict()
export type ConfirmIssueInput = z.infer<typeof confirmIssueInput>

export const reopenIssueInput = z.object({ issueId: id, reason: reason('重新办理的原因') }).strict()
export type ReopenIssueInput = z.infer<typeof reopenIssueInput>

export const publishIssueInput = z.object({ orgId: id, issueId: id, public: z.boolean() }).strict()
export type PublishIssueInput = z.infer<typeof publishIssueInput>

export const moderateIssueInput = z
  .object({
    orgId: id,
    issueId: id,
    release: z.boolean(),
    note: z.string().trim().max(200, '说明最多 200 个字').optional(),
  })
  .strict()
export type ModerateIssueInput = z.infer<typeof moderateIssueInput>

export const listBoardInput = z.object({ orgId: id, page }).strict()
export type ListBoardInput = z.infer<typeof listBoardInput>
