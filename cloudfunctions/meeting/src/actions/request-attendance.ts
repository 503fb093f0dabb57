import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import {
  MAKEUP_DAYS,
  REQUEST_LABELS,
  type AttendanceChange,
  type AttendanceStatus,
} from '../../../../types/meeting'
import { attendanceRequestInput } from '../../../../types/meeting.schema'
import { newAttendance, type RequestRecord } from '../../../_shared/records/attendance'
import { changeAttendance, findAttendance, isAttended } from '../attendance'
import { byMeeting, loadedMeeting, phaseOf, signInOpensAt } from '../meetings'
import { DAY_MS } from '../../../../types/time'

/**
 * 请假 (before the meeting ends) and 补签 (once sign-in has opened, up to 7 days after the end) are
 * requests with a reason; the row waits as `pending` until the secretary decides. Asking again while one
 * waits changes nothing.
 */
export const requestAttendance = defineAction({
  schema: attendanceRequestInput,
  policy: byMeeting('none', { guestFirst: true }),
  async run({ meetingId, kind, reason }, context): Promise<AttendanceChange> {
    const { db, caller } = context
    const now = new Date()
    const { meeting } = loadedMeeting(context)
    const phase = phaseOf(meeting, now)
    if (phase === 'cancelled') throw conflict('会议已取消，不需要请假或补签')
    if (kind === 'leave' && phase === 'ended') {
      throw conflict('会议已经结束，不能再请假；如有特殊情况请联系书记')
    }
    if (kind === 'makeup') {
      if (now < signInOpensAt(meeting)) throw conflict('会议还没开始，不需要补签')
      if (now.getTime() > new Date(meeting.endsAt).getTime() + MAKEUP_DAYS * DAY_MS) {
        throw conflict(`会议结束已超过 ${MAKEUP_DAYS} 天，不能再申请补签，请联系书记`)
      }
    }
    const request: RequestRecord = {
      kind,
      reason,
      at: now,
      decision: null,
      decidedBy: null,
      decidedAt: null,
    }
    // A leave request may replace nothing or a declined one; a 补签 also an approved leave (came after all).
    const from: (AttendanceStatus | 'none')[] =
      kind === 'leave' ? ['none', 'absent'] : ['none', 'absent', 'leave']
    const row = newAttendance(meeting, caller.openid, { status: 'pending', request })
    const changed = await changeAttendance(db, row, from, {
      status: 'pending',
      request: db.command.set(request),
    })
    if (!changed) {
      const existing = await findAttendance(db, meetingId, caller.openid)
      if (existing?.status === 'pending' && existing.request?.kind === kind) {
        return { memberId: caller.openid, status: 'pending', request: kind }
      }
      if (existing?.status === 'pending' && existing.request) {
        throw conflict(
          `你已有一条待审批的${REQUEST_LABELS[existing.request.kind]}申请，请等书记处理`,
        )
      }
      if (existing && isAttended(existing.status)) throw conflict('你已签到，不需要再申请')
      if (existing?.status === 'leave') throw conflict('你的请假已获批准')
      throw conflict('申请没有成功，请刷新后再试')
    }
    await context.audit({
      action: 'meeting.requestAttendance',
      orgId: meeting.orgId,
      target: row._id,
      summary: `申请${REQUEST_LABELS[kind]}“${meeting.title}”：${reason}`,
    })
    return { memberId: caller.openid, status: 'pending', request: kind }
  },
})
