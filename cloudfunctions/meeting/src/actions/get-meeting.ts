import { defineAction } from '../../../_shared/action'
import type { MeetingDetail } from '../../../../types/meeting'
import { ADMINS, permits } from '../../../../types/roles'
import { meetingRefInput } from '../../../../types/meeting.schema'
import { detailFor } from '../detail'
import { accessMeeting, byMeeting, loadedMeeting } from '../meetings'

/**
 * The meeting page: details, the caller's own attendance, 应到/实到 (and 党员大会 quorum), the minutes,
 * and for those who run the meeting the full roster with requests — three round trips (an admin's
 * read of the roster adds its audit row).
 */
export const getMeeting = defineAction({
  schema: meetingRefInput,
  readOnly: true,
  policy: byMeeting('full'),
  async run({ meetingId }, context): Promise<MeetingDetail> {
    const loaded = loadedMeeting(context)
    const access = accessMeeting(context, 'attend')
    const detail = await detailFor(context, loaded, access)
    // An admin from above reading names and leave reasons is audited, as member lists are; the
    // branch's own committee running its meeting is not.
    if (detail.roster && permits(access.roles, ADMINS)) {
      await context.audit({
        action: 'meeting.getMeeting',
        orgId: loaded.meeting.orgId,
        target: meetingId,
        summary: `查看${loaded.orgName}“${loaded.meeting.title}”的签到名单和请假理由`,
      })
    }
    return detail
  },
})
