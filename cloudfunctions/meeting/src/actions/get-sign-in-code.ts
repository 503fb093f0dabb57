import { defineAction } from '../../../_shared/action'
import { signInCodeView } from '../../../_shared/signin-code'
import { meetingRefInput } from '../../../../types/meeting.schema'
import type { SignInCodeView } from '../../../../types/signin'
import { countAttendance } from '../attendance'
import { accessMeeting, byMeeting, loadedMeeting, requireSignInOpen } from '../meetings'
import { syncShareCard } from '../share-card'

/**
 * The host's screen asks for the current code every few seconds while it is open (the secret stays
 * here). Each ask also brings the group card up to date, so a burst's last sign-ins reach it soon.
 */
export const getSignInCode = defineAction({
  schema: meetingRefInput,
  readOnly: true,
  policy: byMeeting('brief'),
  async run({ meetingId }, context): Promise<SignInCodeView> {
    const now = new Date()
    const loaded = loadedMeeting(context)
    const { meeting } = loaded
    accessMeeting(context, 'showCode')
    requireSignInOpen(meeting, now, '未签到的人可以申请补签')
    const counts = countAttendance(meeting, loaded.attendance)
    await syncShareCard(context.db, meeting, () => counts, now)
    return signInCodeView(
      { kind: 'meeting', id: meetingId, title: meeting.title, secret: meeting.secret },
      counts,
      now,
    )
  },
})
