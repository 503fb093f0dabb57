import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import type { MeetingSummary } from '../../../../types/meeting'
import { cancelMeetingInput } from '../../../../types/meeting.schema'
import { accessMeeting, byMeeting, loadedMeeting, phaseOf, toSummary } from '../meetings'
import { updatedCount } from '../../../_shared/db'

/** Calls a meeting off before it ends, with the reason members will see; it stays in the record. */
export const cancelMeeting = defineAction({
  schema: cancelMeetingInput,
  policy: byMeeting('brief'),
  async run({ meetingId, reason }, context): Promise<MeetingSummary> {
    const { db, caller } = context
    const now = new Date()
    const loaded = loadedMeeting(context)
    const { meeting } = loaded
    accessMeeting(context, 'manage')
    if (phaseOf(meeting, now) === 'ended') throw conflict('会议已结束，不能取消')
    const updated = await updatedCount(
      db
        .collection('meetings')
        .where({ _id: meetingId, status: 'scheduled' })
        .update({
          data: {
            status: 'cancelled',
            cancelReason: reason,
            cancelledBy: caller.openid,
            updatedAt: now,
          },
        }),
    )
    if (updated !== 1) throw conflict('会议已经取消了，请刷新')
    await context.audit({
      action: 'meeting.cancelMeeting',
      orgId: meeting.orgId,
      target: meetingId,
      summary: `取消会议“${meeting.title}”：${reason}`,
    })
    const cancelled = { ...meeting, status: 'cancelled' as const, cancelReason: reason }
    return toSummary(cancelled, loaded.attendance, caller.openid, now)
  },
})
