import { z } from 'zod'
import { MEETING_KINDS } from './meeting'
import { plainId } from './keys.schema'
import { id } from './org.schema'
import { uploadedImage } from './uploads.schema'
import { HOUR_MS } from '../types/time'

const page = z.number().int().min(0).max(500).optional()
const isoTime = z.string().datetime({ offset: true, message: '时间格式不正确，请重新选择' })
const reason = z.string().trim().min(2, '请写明原因（至少 2 个字）').max(100, '原因最多 100 个字')
const fileID = uploadedImage('meeting', '照片格式不正确，请重新上传')
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')

/** A meeting lasts at most 12 hours; 主题党日 outings are the longest. */
const MAX_HOURS = 12

const meetingFields = {
  title: z.string().trim().min(2, '会议名称至少 2 个字').max(40, '会议名称最多 40 个字'),
  agenda: z.string().trim().min(1, '请填写会议议程').max(2000, '议程最多 2000 字'),
  startsAt: isoTime,
  endsAt: isoTime,
  place: z.string().trim().min(1, '请填写会议地点').max(50, '地点最多 50 个字'),
  hostId: id,
  recorderId: id,
  /** Openids of the expected attendees; omitted = every active member of the org. */
  expected: z.array(id).min(1, '请至少选择一位应到人员').max(500, '应到人员最多 500 人').optional(),
}

function checkTimes(value: { startsAt?: string; endsAt?: string }, context: z.RefinementCtx): void {
  if (!value.startsAt || !value.endsAt) return
  const length = Date.parse(value.endsAt) - Date.parse(value.startsAt)
  if (length <= 0) {
    context.addIssue({ code: 'custom', message: '结束时间要晚于开始时间', path: ['endsAt'] })
  } else if (length > MAX_HOURS * HOUR_MS) {
    context.addIssue({
      code: 'custom',
      message: `会议时长不能超过 ${MAX_HOURS} 小时`,
      path: ['endsAt'],
    })
  }
}

export const createMeetingInput = z
  .object({
    orgId: id,
    /** Made once per form by the client: a retried or double-tapped submit creates one meeting. */
    requestId: plainId(8, 64, '请求编号格式不正确，请重新打开表单'),
    kind: z.enum(MEETING_KINDS, { message: '请选择会议类型' }),
    ...meetingFields,
  })
  .strict()
  .superRefine(checkTimes)
export type CreateMeetingInput = z.infer<typeof createMeetingInput>

export const updateMeetingInput = z
  .object({
    meetingId: id,
    title: meetingFields.title.optional(),
    agenda: meetingFields.agenda.optional(),
    startsAt: isoTime.optional(),
    endsAt: isoTime.optional(),
    place: meetingFields.place.optional(),
    hostId: id.optional(),
    recorderId: id.optional(),
    expected: meetingFields.expected,
    /** Why 应到 changes once sign-in has opened (required then). */
    reason: reason.optional(),
  })
  .strict()
  .superRefine(checkTimes)
export type UpdateMeetingInput = z.infer<typeof updateMeetingInput>

export const meetingRefInput = z.object({ meetingId: id }).strict()
export type MeetingRefInput = z.infer<typeof meetingRefInput>

export const cancelMeetingInput = z.object({ meetingId: id, reason }).strict()
export type CancelMeetingInput = z.infer<typeof cancelMeetingInput>

export const listMeetingsInput = z
  .object({ orgId: id, when: z.enum(['upcoming', 'past']), page })
  .strict()
export type ListMeetingsInput = z.infer<typeof listMeetingsInput>

export const signInInput = z
  .object({
    meetingId: id,
    code: z.string().regex(/^\d{6}$/, '签到码是 6 位数字，请核对'),
    /** How the code reached the app: typed, or read from the host's QR with scanCode. */
    via: z.enum(['code', 'scan']).optional(),
  })
  .strict()
export type SignInInput = z.infer<typeof signInInput>

/** 请假 before the meeting ends, 补签 after the window opens: both wait for the secretary. */
export const attendanceRequestInput = z
  .object({ meetingId: id, kind: z.enum(['leave', 'makeup']), reason })
  .strict()
export type AttendanceRequestInput = z.infer<typeof attendanceRequestInput>

export const decideRequestInput = z
  .object({ meetingId: id, memberId: id, approve: z.boolean() })
  .strict()
export type DecideRequestInput = z.infer<typeof decideRequestInput>

export const proxySignInInput = z.object({ meetingId: id, memberId: id, reason }).strict()
export type ProxySignInInput = z.infer<typeof proxySignInInput>

export const recordMinutesInput = z
  .object({
    meetingId: id,
    /** The minutes version the recorder started from (0 for none): a stale save is refused. */
    version: z.number().int().min(0),
    summary: z.string().trim().min(10, '会议纪要至少 10 个字').max(3000, '会议纪要最多 3000 字'),
    resolutions: z
      .array(z.string().trim().min(2, '每条决议至少 2 个字').max(200, '每条决议最多 200 字'))
      .max(20, '决议最多 20 条'),
    photos: z.array(fileID).max(9, '照片最多 9 张'),
    /** Why someone was absent, when it is not already a leave request's reason. */
    absenceNotes: z
      .array(z.object({ memberId: id, reason }).strict())
      .max(500)
      .optional(),
  })
  .strict()
export type RecordMinutesInput = z.infer<typeof recordMinutesInput>

export const exportLedgerInput = z
  .object({ orgId: id, from: day, to: day })
  .strict()
  .superRefine((value, context) => {
    const span = Date.parse(value.to) - Date.parse(value.from)
    if (Number.isNaN(span) || span < 0) {
      context.addIssue({ code: 'custom', message: '结束日期不能早于开始日期', path: ['to'] })
    } else if (span > 366 * 24 * HOUR_MS) {
      context.addIssue({ code: 'custom', message: '一次最多导出一年的台账', path: ['to'] })
    }
  })
export type ExportLedgerInput = z.infer<typeof exportLedgerInput>

export const completenessInput = z
  .object({
    orgId: id,
    year: z.number().int().min(2000).max(2100).optional(),
    quarter: z.number().int().min(1).max(4).optional(),
  })
  .strict()
export type CompletenessInput = z.infer<typeof completenessInput>

const timesPerQuarter = z
  .number({ invalid_type_error: '次数要是数字' })
  .int('次数要是整数')
  .min(0, '次数不能小于 0')
  .max(6, '每季度最多要求 6 次')

export const setRhythmInput = z
  .object({
    orgId: id,
    rhythm: z
      .object(
        Object.fromEntries(MEETING_KINDS.map((kind) => [kind, timesPerQuarter])) as Record<
          (typeof MEETING_KINDS)[number],
          typeof timesPerQuarter
        >,
      )
      .strict(),
  })
  .strict()
export type SetRhythmInput = z.infer<typeof setRhythmInput>
