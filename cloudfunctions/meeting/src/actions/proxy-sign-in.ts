import { defineAction } from '../../../_shared/action'
import { conflict, invalidArgument } from '../../../_shared/errors'
import type { AttendanceChange, AttendanceMethod } from '../../../../types/meeting'
import { proxySignInInput } from '../../../../types/meeting.schema'
import { newAttendance } from '../../../_shared/records/attendance'
import { changeAttendance, findAttendance, isAttended } from '../attendance'
import { accessMeeting, byMeeting, loadedMeeting, signInOpensAt } from '../meetings'
import { loadPeople } from '../people'

/**
 * The secretary signs in someone who was there but could not (no phone, no signal), always with who
 * did it and why; the row says `proxy`, never `present`. During the sign-in window it is a 代签;
 * once the meeting ended it is a 会后补录 (method `backfill`), shown as such in the 台账. Never over an
 * approved leave: the person asked not to come, and the 台账 must not silently say otherwise.
 */
export const proxySignIn = defineAction({
  schema: proxySignInInput,
  policy: byMeeting('none'),
  async run({ meetingId, memberId, reason }, context): Promise<AttendanceChange> {
    const { db, caller } = context
    const now = new Date()
    const { meeting } = loadedMeeting(context)
    accessMeeting(context, 'decide')
    if (meeting.status === 'cancelled') throw conflict('会议已取消')
    if (now < signInOpensAt(meeting)) throw conflict('签到还没开始，不能代签')
    const people = await loadPeople(db, meeting.orgId, [memberId])
    if (!meeting.expected.includes(memberId) && people.roleHere(memberId) === null) {
      throw invalidArgument('只能为本组织成员代签')
    }
    const method: AttendanceMethod = now >= new Date(meeting.endsAt) ? 'backfill' : 'proxy'
    const fields = { status: 'proxy' as const, method, at: now, by: caller.openid, reason }
    const row = newAttendance(meeting, memberId, fields)
    const changed = await changeAttendance(db, row, ['none', 'pending', 'absent'], fields)
    if (!changed) {
      const existing = await findAttendance(db, meetingId, memberId)
      if (existing && isAttended(existing.status)) throw conflict('这位成员已经签到了')
      if (existing?.status === 'leave') {
        throw conflict('这位同志的请假已获批准，不能代签；如本人实际到会，请本人提交补签申请')
      }
      throw conflict('代签没有成功，请刷新后再试')
    }
    const done = method === 'backfill' ? '会后补录' : '代签到'
    await context.audit({
      action: 'meeting.proxySignIn',
      orgId: meeting.orgId,
      target: row._id,
      summary: `为${people.ref(memberId).nickname}${done}“${meeting.title}”：${reason}`,
    })
    return { memberId, status: 'proxy', request: null }
  },
})
