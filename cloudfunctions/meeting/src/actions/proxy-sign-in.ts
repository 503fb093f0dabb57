import { defineAction } from '../../../_shared/action'
import { conflict, invalidArgument } from '../../../_shared/errors'
import type { AttendanceChange } from '../../../../types/meeting'
import { proxySignInInput } from '../../../../types/meeting.schema'
import { changeAttendance, findAttendance, isAttended, newAttendance } from '../attendance'
import { accessMeeting, loadMeeting, signInOpensAt } from '../meetings'
import { loadPeople } from '../people'

/**
 * The secretary signs in someone who was there but could not (no phone, no signal), always with who
 * did it and why; the row says `proxy`, never `present`.
 */
export const proxySignIn = defineAction({
  schema: proxySignInInput,
  policy: { kind: 'signedIn' },
  async run({ meetingId, memberId, reason }, context): Promise<AttendanceChange> {
    const { db, caller } = context
    const now = new Date()
    const { meeting } = await loadMeeting(db, meetingId, { attendance: 'none' })
    await accessMeeting(context, meeting, 'decide')
    if (meeting.status === 'cancelled') throw conflict('会议已取消')
    if (now < signInOpensAt(meeting)) throw conflict('签到还没开始，不能代签')
    if (!meeting.expected.includes(memberId)) {
      const people = await loadPeople(db, meeting.orgId, [])
      if (people.roleHere(memberId) === null) throw invalidArgument('只能为本组织成员代签')
    }
    const row = newAttendance(meeting, memberId, {
      status: 'proxy',
      method: 'proxy',
      at: now,
      by: caller.openid,
      reason,
    })
    const changed = await changeAttendance(db, row, ['none', 'pending', 'absent', 'leave'], {
      status: 'proxy',
      method: 'proxy',
      at: now,
      by: caller.openid,
      reason,
    })
    if (!changed) {
      const existing = await findAttendance(db, meetingId, memberId)
      if (existing && isAttended(existing.status)) throw conflict('这位成员已经签到了')
      throw conflict('代签没有成功，请刷新后再试')
    }
    await context.audit({
      action: 'meeting.proxySignIn',
      orgId: meeting.orgId,
      target: row._id,
      summary: `代签到“${meeting.title}”：${reason}`,
    })
    return { memberId, status: 'proxy', request: null }
  },
})
