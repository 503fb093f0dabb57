import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import { MEETING_KIND_LABELS, type ShareCard } from '../../../../types/meeting'
import { meetingRefInput } from '../../../../types/meeting.schema'
import { countAttendance } from '../attendance'
import { accessMeeting, byMeeting, loadedMeeting, shanghai } from '../meetings'
import { meetingPath } from '../../../_shared/records/meeting'
import { createActivityId, hasLiveActivity } from '../share-card'

/**
 * What the host needs to share the "会议通知" card into the branch group as an updatable message: an
 * activityId (made once and renewed when it nears its 24-hour end) and the count to start from.
 */
export const shareCard = defineAction({
  schema: meetingRefInput,
  policy: byMeeting('brief'),
  async run({ meetingId }, context): Promise<ShareCard> {
    const { db } = context
    const now = new Date()
    const loaded = loadedMeeting(context)
    const { meeting } = loaded
    accessMeeting(context, 'showCode')
    if (meeting.status === 'cancelled') throw conflict('会议已取消，不能再分享通知')
    const counts = countAttendance(meeting, loaded.attendance)
    let activityId: string | null = meeting.shareActivityId || null
    if (!hasLiveActivity(meeting, now)) {
      const fresh = await createActivityId(now)
      activityId = fresh?.id ?? null
      if (fresh) {
        await db
          .collection('meetings')
          .doc(meetingId)
          .update({
            data: {
              shareActivityId: fresh.id,
              shareExpiresAt: fresh.expiresAt,
              shareSyncedAt: null,
              // The new card starts from the count shared with it (ShareCard below).
              shareShownCount: `${counts.attended}/${counts.expected}`,
            },
          })
        await context.audit({
          action: 'meeting.shareCard',
          orgId: meeting.orgId,
          target: meetingId,
          summary: `分享“${meeting.title}”的会议通知卡片`,
        })
      }
    }
    return {
      activityId,
      title: `会议通知｜${MEETING_KIND_LABELS[meeting.kind]}：${meeting.title}（${shanghai(meeting.startsAt).slice(5)}）`,
      path: `/${meetingPath(meetingId)}`,
      attended: counts.attended,
      expected: counts.expected,
    }
  },
})
