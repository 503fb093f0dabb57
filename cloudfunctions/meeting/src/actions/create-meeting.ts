import { createHash } from 'node:crypto'
import { defineAction, grantOf } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { invalidArgument } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import { newSignInSecret } from '../../../_shared/signin-code'
import { MEETING_KIND_LABELS, expectedByKind, type MeetingDetail } from '../../../../types/meeting'
import { createMeetingInput } from '../../../../types/meeting.schema'
import { detailFor } from '../detail'
import type { MeetingRecord } from '../../../_shared/records/meeting'
import { loadMeeting, permissionsOf, shanghai } from '../meetings'
import { loadPeople, requireMembers } from '../people'
import type { Role } from '../../../../types/user'
import { addOnce } from '../../../_shared/db'

/**
 * 支委 and leaders schedule a meeting. Expected attendees default by kind (`expectedByKind`: a 支委会
 * expects the committee, other kinds every member). The id
 * comes from the form's requestId, so a retried or double-tapped submit lands on the same meeting.
 */
export const createMeeting = defineAction({
  schema: createMeetingInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<MeetingDetail> {
    const { org, roles } = grantOf(context)
    const { db, caller } = context
    const meetingId = `mtg-${createHash('sha256')
      .update(`${input.orgId}:${caller.openid}:${input.requestId}`)
      .digest('hex')
      .slice(0, 24)}`
    const people = await loadPeople(db, input.orgId, [input.hostId, input.recorderId])
    const byKind = () =>
      expectedByKind(
        input.kind,
        people.members.map((openid) => ({ openid, role: people.roleHere(openid) as Role })),
      )
    const expected = [...new Set(input.expected ?? byKind())]
    if (expected.length === 0) {
      throw invalidArgument(
        people.members.length === 0
          ? '这个组织还没有成员，请先邀请成员加入'
          : '这个组织还没有支委，请在“应到人员”里手动选择参会的人',
      )
    }
    requireMembers(people, { ...input, expected }, caller.openid)
    await requireCleanText(
      caller,
      `${input.title}\n${input.place}\n${input.agenda}`,
      'forum',
      '会议名称、地点或议程',
    )
    const now = new Date()
    const meeting: MeetingRecord = {
      _id: meetingId,
      orgId: input.orgId,
      kind: input.kind,
      title: input.title,
      agenda: input.agenda,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      place: input.place,
      hostId: input.hostId,
      recorderId: input.recorderId,
      expected,
      secret: newSignInSecret(),
      status: 'scheduled',
      cancelReason: '',
      createdBy: caller.openid,
      createdAt: now,
      updatedAt: now,
      minutes: null,
      minutesVersion: 0,
      reminded: false,
      shareActivityId: '',
      shareExpiresAt: null,
      shareSyncedAt: null,
    }
    const accessTo = (record: MeetingRecord) => ({
      roles,
      can: permissionsOf(record, roles, caller.openid),
    })
    if ((await addOnce(db, 'meetings', meeting)) === 'exists') {
      // The same form submitted again: answer with the meeting the first submit made.
      const loaded = await loadMeeting(db, meetingId, { attendance: 'full' })
      return detailFor(context, loaded, accessTo(loaded.meeting))
    }
    await context.audit({
      action: 'meeting.createMeeting',
      orgId: input.orgId,
      target: meetingId,
      summary: `安排${MEETING_KIND_LABELS[input.kind]}“${input.title}”（${shanghai(meeting.startsAt)}，应到 ${expected.length} 人）`,
    })
    const loaded = { meeting, orgName: org.name, attendance: [], recentWrongCodes: 0 }
    return detailFor(context, loaded, accessTo(meeting))
  },
})
