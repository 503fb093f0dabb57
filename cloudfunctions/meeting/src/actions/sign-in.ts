import { defineAction } from '../../../_shared/action'
import { ActionError, conflict, invalidArgument } from '../../../_shared/errors'
import { isValidSignInCode } from '../../../_shared/signin-code'
import { ATTENDED, type SignInResult } from '../../../../types/meeting'
import { signInInput } from '../../../../types/meeting.schema'
import { changeAttendance, findAttendance, isAttended, newAttendance } from '../attendance'
import { accessMeeting, loadMeeting, requireSignInOpen } from '../meetings'
import { syncShareCard } from '../share-card'

/** Wrong codes allowed per person and meeting in 10 minutes: enough for typos, far too few to guess. */
export const MAX_REFUSALS = 5

/**
 * A member signs in with the code on the host's phone, typed or scanned — only inside the meeting's
 * window, only if expected or a member of the org, and exactly once: the row's id is meeting × person,
 * so a second tap (or the same person in a burst) finds it there and changes nothing.
 */
export const signIn = defineAction({
  schema: signInInput,
  policy: { kind: 'signedIn' },
  async run({ meetingId, code, via }, context): Promise<SignInResult> {
    const { db, caller } = context
    const now = new Date()
    const { meeting, recentRefusals } = await loadMeeting(db, meetingId, {
      attendance: 'none',
      refusalsOf: caller.openid,
      now,
    })
    await accessMeeting(context, meeting, 'attend', { expectedSuffices: true })
    requireSignInOpen(meeting, now, '如确实参会，请申请补签')
    if (recentRefusals >= MAX_REFUSALS) {
      throw new ActionError(
        'RATE_LIMITED',
        '签到码输错次数太多，请 10 分钟后再试，或请书记代为签到',
      )
    }
    if (!isValidSignInCode(meeting.secret, code, now)) {
      await context.audit({
        action: 'meeting.signInRefused',
        orgId: meeting.orgId,
        target: meetingId,
        summary: '签到码不正确或已过期',
      })
      throw invalidArgument('签到码不正确或已过期，请看主持人手机上的最新签到码')
    }
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
      const { total } = (await db
        .collection('attendance')
        .where({ meetingId, status: _.in([...ATTENDED]), openid: _.in(meeting.expected) })
        .count()) as { total: number }
      return { attended: total, expected: meeting.expected.length }
    })
    return { status: 'present', already: false, at: now.toISOString() }
  },
})
