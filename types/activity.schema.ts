import { z } from 'zod'
import { ACTIVITY_KINDS, ACTIVITY_LIMITS } from './activity'
import { id } from './org.schema'
import { uploadedImage } from './uploads.schema'

const page = z.number().int().min(0).max(500).optional()

/** An ISO time from the client (the picker's value converted to UTC); stored as a Date. */
const isoTime = (what: string) =>
  z
    .string({ required_error: `请选择${what}`, invalid_type_error: `请选择${what}` })
    .max(40)
    .refine((value) => !Number.isNaN(Date.parse(value)), `${what}格式不正确，请重新选择`)

/** A cloud storage fileID the app uploaded (`cloud://…`), never a web URL. */
export const fileId = uploadedImage('activity', '图片没有上传成功，请重新选择图片')

export const activityRef = z.object({ orgId: id, activityId: id }).strict()
export type ActivityRef = z.infer<typeof activityRef>

export const createActivityInput = z
  .object({
    orgId: id,
    kind: z.enum(ACTIVITY_KINDS, { errorMap: () => ({ message: '请选择活动类型' }) }),
    title: z
      .string({ required_error: '请填写活动名称' })
      .trim()
      .min(2, '活动名称至少 2 个字')
      .max(ACTIVITY_LIMITS.title, `活动名称最多 ${ACTIVITY_LIMITS.title} 个字`),
    body: z
      .string()
      .trim()
      .max(ACTIVITY_LIMITS.body, `活动内容最多 ${ACTIVITY_LIMITS.body} 个字`)
      .optional(),
    place: z
      .string({ required_error: '请填写活动地点' })
      .trim()
      .min(2, '请填写活动地点')
      .max(ACTIVITY_LIMITS.place, `地点最多 ${ACTIVITY_LIMITS.place} 个字`),
    startsAt: isoTime('开始时间'),
    endsAt: isoTime('结束时间'),
    signUpBy: isoTime('报名截止时间'),
    capacity: z
      .number({ required_error: '请填写名额', invalid_type_error: '名额要填数字' })
      .int('名额要填整数')
      .min(1, '名额至少 1 人')
      .max(ACTIVITY_LIMITS.capacity, `名额最多 ${ACTIVITY_LIMITS.capacity} 人`),
    cover: fileId.optional(),
  })
  .strict()
export type CreateActivityInput = z.infer<typeof createActivityInput>

export const listActivitiesInput = z.object({ orgId: id, page }).strict()
export type ListActivitiesInput = z.infer<typeof listActivitiesInput>

export const listShowcaseInput = listActivitiesInput
export type ListShowcaseInput = ListActivitiesInput

export const cancelActivityInput = z
  .object({
    orgId: id,
    activityId: id,
    reason: z.string().trim().min(2, '请写明取消原因').max(100, '原因最多 100 个字'),
  })
  .strict()
export type CancelActivityInput = z.infer<typeof cancelActivityInput>

export const checkInInput = z
  .object({
    orgId: id,
    activityId: id,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, '签到码是 6 位数字，请核对'),
  })
  .strict()
export type CheckInInput = z.infer<typeof checkInInput>

export const addPhotosInput = z
  .object({
    orgId: id,
    activityId: id,
    fileIDs: z
      .array(fileId)
      .min(1, '请至少选择 1 张照片')
      .max(ACTIVITY_LIMITS.photosPerCall, `一次最多上传 ${ACTIVITY_LIMITS.photosPerCall} 张照片`),
  })
  .strict()
export type AddPhotosInput = z.infer<typeof addPhotosInput>

export const reviewPhotoInput = z
  .object({ orgId: id, activityId: id, photoId: id, approve: z.boolean() })
  .strict()
export type ReviewPhotoInput = z.infer<typeof reviewPhotoInput>

export const submitReflectionInput = z
  .object({
    orgId: id,
    activityId: id,
    text: z
      .string({ required_error: '请写下你的心得' })
      .trim()
      .min(5, '心得至少写 5 个字')
      .max(ACTIVITY_LIMITS.reflection, `心得最多 ${ACTIVITY_LIMITS.reflection} 个字`),
  })
  .strict()
export type SubmitReflectionInput = z.infer<typeof submitReflectionInput>

export const reviewReflectionInput = z
  .object({ orgId: id, activityId: id, memberId: id, approve: z.boolean() })
  .strict()
export type ReviewReflectionInput = z.infer<typeof reviewReflectionInput>

export const reviewActivityInput = z
  .object({ orgId: id, activityId: id, publish: z.boolean() })
  .strict()
export type ReviewActivityInput = z.infer<typeof reviewActivityInput>
