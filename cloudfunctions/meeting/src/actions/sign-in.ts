import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import { requireValidSignInCode } from '../../../_shared/signin-attempts'
import { ATTENDED, type SignInResult } from '../../../../types/meeting'
import { signInInput } from '../../../../types/meeting.schema'
import { newAttendance } from '../../../_shared/records/attendance'
import { changeAttendance, findAttendance, isAttended } from '../attendance'
import { byMeeting, loadedMeeting, requireSignInOpen, SIGN_IN_REFUSED } from '../meetings'
import { syncShareCard } from '../share-card'
import { countOf } from '../../../_shared/db'

/**
 * A member signs in with the code on the host's phone, typed or scanned — only inside the meeting's
 * window, only if expected or a member of the org, and exactly once: the row's id is meeting × person,
 * so a second tap (or the same person in a burst) finds it there and changes nothing.
 */
export const signIn = defineAction({
  schema: signInInput,
  policy: byMeeting('none', { refusals: true, guestFirst: true }),
  async run({ meetingId, code, via }, context): Promise<SignInResult> {
    const { db, caller } = context
    const now = new Date()
    const { meeting, recentWrongCodes } = loadedMeeting(context)
    requireSignInOpen(meeting, now, '如确实参会，请申请补签')
    await requireValidSignInCode(
      {
        refusedAction: SIGN_IN_REFUSED,
        orgId: meeting.orgId,
        target: meetingId,
        secret: meeting.secret,
        code,
        now,
        recentWrongCodes,
        otherwise: '或请书记代为签到',
      },
      context.audit,
    )
    const method = via ?? 'code'
    const row = newAttendance(meeting, caller.openid, { status: 'present', method, at: now })
    const changed = await changeAttendance(db, row, ['none', 'pending', 'absent', 'leave'], {
      status: 'present',
      method,
      at: now,
    })
    if (!changed) {
      const existing = await findAttendance(db, meetingId, caller.openid)
      if (!existing || !isAttended(existing.status)) throw conflict('签到没有成功，请再试一次')
      return {
        status: existing.status,
        already: true,
        at: new Date(existing.at ?? existing.updatedAt).toISOString(),
      }
    }
    await context.audit({
      action: 'meeting.signIn',
      orgId: meeting.orgId,
      target: row._id,
      summary: `签到“${meeting.title}”（${method === 'scan' ? '扫码' : '签到码'}）`,
    })
    const _ = db.command
    await syncShareCard(db, meeting, async () => {
      const total = await countOf(
        db
          .collection('attendance')
          .where({ meetingId, status: _.in([...ATTENDED]), openid: _.in(meeting.expected) })
          .count(),
      )
      return { attended: total, expected: meeting.expected.length }
    })
    return { status: 'present', already: false, at: now.toISOString() }
  },
})
