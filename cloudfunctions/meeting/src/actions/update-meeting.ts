import { defineAction } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { conflict, invalidArgument } from '../../../_shared/errors'
import type { MeetingDetail } from '../../../../types/meeting'
import { updateMeetingInput } from '../../../../types/meeting.schema'
import { detailFor } from '../detail'
import type { MeetingRecord } from '../../../_shared/records/meeting'
import { accessMeeting, byMeeting, loadedMeeting, phaseOf, shanghai } from '../meetings'
import { loadPeople, requireMembers } from '../people'

type Editable = Pick<
  MeetingRecord,
  'title' | 'agenda' | 'startsAt' | 'endsAt' | 'place' | 'hostId' | 'recorderId' | 'expected'
>

const FIELD_LABELS: Record<keyof Editable, string> = {
  title: '名称',
  agenda: '议程',
  startsAt: '开始时间',
  endsAt: '结束时间',
  place: '地点',
  hostId: '主持人',
  recorderId: '记录人',
  expected: '应到人员',
}

/**
 * 支委 and leaders fix a meeting before it ends. Times may move only before sign-in opens — moving the
 * window of a meeting under way would make its sign-in meaningless; an ended meeting is changed only
 * through its minutes. Changing 应到 once sign-in has opened needs a reason; the audit names who was
 * added and removed.
 */
export const updateMeeting = defineAction({
  schema: updateMeetingInput,
  policy: byMeeting('full'),
  async run({ meetingId, ...input }, context): Promise<MeetingDetail> {
    const { db } = context
    const now = new Date()
    const loaded = loadedMeeting(context)
    const { meeting } = loaded
    const access = accessMeeting(context, 'manage')
    const phase = phaseOf(meeting, now)
    if (phase === 'cancelled') throw conflict('会议已取消，不能修改')
    if (phase === 'ended') throw conflict('会议已结束，不能再修改；实际情况请写进会议纪要')

    const next: Editable = {
      title: input.title ?? meeting.title,
      agenda: input.agenda ?? meeting.agenda,
      startsAt: input.startsAt ? new Date(input.startsAt) : new Date(meeting.startsAt),
      endsAt: input.endsAt ? new Date(input.endsAt) : new Date(meeting.endsAt),
      place: input.place ?? meeting.place,
      hostId: input.hostId ?? meeting.hostId,
      recorderId: input.recorderId ?? meeting.recorderId,
      expected: input.expected ? [...new Set(input.expected)] : meeting.expected,
    }
    const changed = (Object.keys(FIELD_LABELS) as (keyof Editable)[]).filter(
      (field) => JSON.stringify(next[field]) !== JSON.stringify(meeting[field]),
    )
    if (changed.length === 0) return detailFor(context, loaded, access, now)
    const movesTime = changed.includes('startsAt') || changed.includes('endsAt')
    if (movesTime && phase !== 'upcoming') {
      throw conflict('签到已经开始，不能再改会议时间')
    }
    if (next.endsAt <= next.startsAt) throw invalidArgument('结束时间要晚于开始时间')
    const added = next.expected.filter((openid) => !meeting.expected.includes(openid))
    const removed = meeting.expected.filter((openid) => !next.expected.includes(openid))
    if (changed.includes('expected') && phase !== 'upcoming' && !input.reason) {
      throw invalidArgument('签到已经开始，调整应到人员请写明原因')
    }
    let expectedChange = ''
    if (changed.some((field) => ['hostId', 'recorderId', 'expected'].includes(field))) {
      const people = await loadPeople(db, meeting.orgId, [next.hostId, next.recorderId, ...removed])
      const expected = changed.includes('expected') ? next.expected : []
      requireMembers(people, { ...next, expected }, meeting.createdBy)
      expectedChange = describeExpectedChange(
        added,
        removed,
        (openid) => people.ref(openid).nickname,
      )
    }
    if (changed.some((field) => ['title', 'agenda', 'place'].includes(field))) {
      await requireCleanText(
        context.caller,
        `${next.title}\n${next.place}\n${next.agenda}`,
        'forum',
        '会议名称、地点或议程',
      )
    }
    const data: Record<string, unknown> = { updatedAt: now }
    for (const field of changed) data[field] = next[field]
    // A moved start gets its own reminder.
    if (changed.includes('startsAt')) data.reminded = false
    await db.collection('meetings').doc(meetingId).update({ data })
    await context.audit({
      action: 'meeting.updateMeeting',
      orgId: meeting.orgId,
      target: meetingId,
      summary: [
        `修改“${next.title}”的${changed.map((field) => FIELD_LABELS[field]).join('、')}`,
        movesTime ? `（${shanghai(next.startsAt)} 开始）` : '',
        expectedChange,
        changed.includes('expected') && input.reason ? `，原因：${input.reason}` : '',
      ].join(''),
    })
    const updated = { ...loaded, meeting: { ...meeting, ...next, ...data } as MeetingRecord }
    return detailFor(context, updated, access, now)
  },
})

/** `：应到增加 张三、李四；减少 王五` — whose attendance the change touched, by name. */
function describeExpectedChange(
  added: string[],
  removed: string[],
  nameOf: (openid: string) => string,
): string {
  const parts = [
    added.length ? `增加 ${added.map(nameOf).join('、')}` : '',
    removed.length ? `减少 ${removed.map(nameOf).join('、')}` : '',
  ].filter(Boolean)
  return parts.length ? `：应到${parts.join('；')}` : ''
}
