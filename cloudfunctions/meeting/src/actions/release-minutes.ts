import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import type { MinutesView } from '../../../../types/meeting'
import { meetingRefInput } from '../../../../types/meeting.schema'
import { minutesViewOf, namedIn } from '../detail'
import { accessMeeting, byMeeting, loadedMeeting } from '../meetings'
import { loadPeople } from '../people'
import { updatedCount } from '../../../_shared/db'

/**
 * Minutes the text check held for a human look become visible to members once a leader has read them
 * and releases them.
 */
export const releaseMinutes = defineAction({
  schema: meetingRefInput,
  policy: byMeeting('full'),
  async run({ meetingId }, context): Promise<MinutesView> {
    const { db, caller } = context
    const loaded = loadedMeeting(context)
    const { meeting } = loaded
    accessMeeting(context, 'decide')
    const updated = await updatedCount(
      db
        .collection('meetings')
        .where({ _id: meetingId, minutesVersion: meeting.minutesVersion, 'minutes.held': true })
        .update({ data: { minutes: { held: false, releasedBy: caller.openid } } }),
    )
    if (updated !== 1 || !meeting.minutes) throw conflict('纪要不需要复核，或已经发布，请刷新')
    await context.audit({
      action: 'meeting.releaseMinutes',
      orgId: meeting.orgId,
      target: meetingId,
      summary: `复核后发布“${meeting.title}”的会议纪要`,
    })
    const released = { ...meeting, minutes: { ...meeting.minutes, held: false } }
    const people = await loadPeople(db, meeting.orgId, namedIn(released, loaded.attendance))
    return minutesViewOf(released, loaded.attendance, people, true) as MinutesView
  },
})
