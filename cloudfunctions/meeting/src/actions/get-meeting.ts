import { defineAction } from '../../../_shared/action'
import type { MeetingDetail } from '../../../../types/meeting'
import { meetingRefInput } from '../../../../types/meeting.schema'
import { detailFor } from '../detail'
import { accessMeeting, loadMeeting } from '../meetings'

/**
 * The meeting page: details, the caller's own attendance, 应到/实到 (and 党员大会 quorum), the minutes,
 * and for those who run the meeting the full roster with requests — three round trips.
 */
export const getMeeting = defineAction({
  schema: meetingRefInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run({ meetingId }, context): Promise<MeetingDetail> {
    const loaded = await loadMeeting(context.db, meetingId, { attendance: 'full' })
    const access = await accessMeeting(context, loaded.meeting, 'attend')
    return detailFor(context, loaded, access)
  },
})
