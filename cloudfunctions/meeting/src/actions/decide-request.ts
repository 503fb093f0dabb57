import { defineAction } from '../../../_shared/action'
import { nicknameOf } from '../../../_shared/audit'
import { conflict, notFound } from '../../../_shared/errors'
import { REQUEST_LABELS, type AttendanceChange } from '../../../../types/meeting'
import { decideRequestInput } from '../../../../types/meeting.schema'
import { attendanceId } from '../../../_shared/records/attendance'
import { findAttendance } from '../attendance'
import { accessMeeting, byMeeting, loadedMeeting } from '../meetings'
import { updatedCount } from '../../../_shared/db'

/**
 * The secretary (or deputy) approves or declines a 请假/补签 request, once: the change is a
 * compare-and-set on the pending row of that kind, so two leaders deciding at once cannot both win.
 */
export const decideRequest = defineAction({
  schema: decideRequestInput,
  policy: byMeeting('none'),
  async run({ meetingId, memberId, approve }, context): Promise<AttendanceChange> {
    const { db, caller } = context
    const now = new Date()
    const { meeting } = loadedMeeting(context)
    accessMeeting(context, 'decide')
    const row = await findAttendance(db, meetingId, memberId)
    if (!row?.request) throw notFound('这条申请')
    if (row.status !== 'pending') throw conflict('这条申请已经处理过了，请刷新')
    const kind = row.request.kind
    const status = !approve ? 'absent' : kind === 'leave' ? 'leave' : 'late'
    const decision = {
      decision: approve ? 'approved' : 'declined',
      decidedBy: caller.openid,
      decidedAt: now,
    }
    const updated = await updatedCount(
      db
        .collection('attendance')
        .where({ _id: attendanceId(meetingId, memberId), status: 'pending', 'request.kind': kind })
        .update({
          data: {
            status,
            ...(approve && kind === 'makeup' ? { method: 'makeup', at: now } : {}),
            request: decision,
            updatedAt: now,
          },
        }),
    )
    if (updated !== 1) throw conflict('这条申请已经处理过了，请刷新')
    await context.audit({
      action: 'meeting.decideRequest',
      orgId: meeting.orgId,
      target: row._id,
      summary: `${approve ? '批准' : '不批准'}${await nicknameOf(db, memberId)}的${REQUEST_LABELS[kind]}申请（“${meeting.title}”）`,
    })
    return { memberId, status, request: kind }
  },
})
