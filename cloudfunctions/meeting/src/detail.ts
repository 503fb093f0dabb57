import type { ActionContext } from '../../_shared/action'
import {
  REQUEST_LABELS,
  type Absentee,
  type MeetingDetail,
  type MinutesView,
  type Quorum,
  type RosterEntry,
} from '../../../types/meeting'
import type { AttendanceRecord } from '../../_shared/records/attendance'
import { countAttendance, isAttended, toAttendanceView } from './attendance'
import type { MeetingRecord } from '../../_shared/records/meeting'
import {
  minutesReadingOf,
  signInOpensAt,
  toSummary,
  type LoadedMeeting,
  type MeetingAccess,
} from './meetings'
import { loadPeople, type People } from './people'

/** Everyone a meeting's pages name: host, recorder, attendees, proxy signers, deciders. */
export function namedIn(meeting: MeetingRecord, attendance: AttendanceRecord[]): string[] {
  return [
    meeting.hostId,
    meeting.recorderId,
    meeting.minutes?.recordedBy ?? '',
    ...attendance.flatMap((row) => [row.openid, row.by ?? '', row.request?.decidedBy ?? '']),
  ]
}

/** Why each expected person who did not attend was away: their request's reason, else the recorder's note. */
export function absenteesOf(
  meeting: MeetingRecord,
  attendance: AttendanceRecord[],
  people: People,
): Absentee[] {
  const rows = new Map(attendance.map((row) => [row.openid, row]))
  const notes = new Map((meeting.minutes?.absenceNotes ?? []).map((note) => [note.openid, note]))
  return meeting.expected
    .filter((openid) => !isAttended(rows.get(openid)?.status))
    .map((openid) => ({
      ...people.ref(openid),
      reason: absenceReason(rows.get(openid), notes.get(openid)),
    }))
}

function absenceReason(
  row: AttendanceRecord | undefined,
  note: { reason: string } | undefined,
): string {
  if (note) return note.reason
  const request = row?.request
  if (!row || !request) return ''
  const label = REQUEST_LABELS[request.kind]
  if (row.status === 'leave') return `请假：${request.reason}`
  if (row.status === 'pending') return `${label}待审批：${request.reason}`
  return `${label}未获批准：${request.reason}`
}

export function quorumOf(attendance: AttendanceRecord[], people: People): Quorum {
  const present = new Set(
    attendance.filter((row) => isAttended(row.status)).map((row) => row.openid),
  )
  const votingPresent = people.voting.filter((openid) => present.has(openid)).length
  return {
    voting: people.voting.length,
    votingPresent,
    met: votingPresent * 2 > people.voting.length,
  }
}

export function minutesViewOf(
  meeting: MeetingRecord,
  attendance: AttendanceRecord[],
  people: People,
  privileged: boolean,
  /** Whose absence reasons show: everyone's, or only this person's (see minutesReadingOf). */
  reasonsOf: 'all' | { own: string } = 'all',
): MinutesView | null {
  const minutes = meeting.minutes
  if (!minutes || (minutes.held && !privileged)) return null
  const absentees = absenteesOf(meeting, attendance, people).map((person) =>
    reasonsOf === 'all' || person.openid === reasonsOf.own ? person : { ...person, reason: '' },
  )
  const counts = countAttendance(meeting, attendance)
  return {
    summary: minutes.summary,
    resolutions: minutes.resolutions,
    photos: minutes.photos
      .filter((photo) => photo.verdict === 'pass' || (privileged && photo.verdict === 'pending'))
      .map((photo) => ({ fileID: photo.fileID, checking: photo.verdict === 'pending' })),
    expectedCount: counts.expected,
    attendedCount: counts.attended,
    absentees,
    recordedBy: people.ref(minutes.recordedBy),
    recordedAt: new Date(minutes.recordedAt).toISOString(),
    version: meeting.minutesVersion,
    held: minutes.held,
  }
}

function rosterOf(meeting: MeetingRecord, attendance: AttendanceRecord[], people: People) {
  const rows = new Map(attendance.map((row) => [row.openid, row]))
  const expected = new Set(meeting.expected)
  const guests = attendance.filter((row) => !expected.has(row.openid)).map((row) => row.openid)
  return [...meeting.expected, ...guests].map((openid): RosterEntry => {
    const row = rows.get(openid)
    return {
      ...people.ref(openid),
      role: people.roleHere(openid),
      expected: expected.has(openid),
      attendance: row ? toAttendanceView(row, people) : null,
    }
  })
}

export function buildDetail(
  loaded: LoadedMeeting,
  people: People,
  access: MeetingAccess,
  openid: string,
  now: Date,
): MeetingDetail {
  const { meeting, attendance, orgName } = loaded
  const { can } = access
  const mine = attendance.find((row) => row.openid === openid)
  const seesRoster = can.manage || can.decide || can.showCode || can.record
  const reading = minutesReadingOf(meeting, access.roles, openid, can)
  return {
    ...toSummary(meeting, attendance, openid, now),
    orgName,
    agenda: meeting.agenda,
    host: people.ref(meeting.hostId),
    recorder: people.ref(meeting.recorderId),
    signInOpensAt: signInOpensAt(meeting).toISOString(),
    cancelReason: meeting.cancelReason,
    myAttendance: mine ? toAttendanceView(mine, people) : null,
    counts: countAttendance(meeting, attendance),
    quorum: meeting.kind === 'congress' ? quorumOf(attendance, people) : null,
    roster: seesRoster ? rosterOf(meeting, attendance, people) : null,
    minutes: reading.minutes
      ? minutesViewOf(
          meeting,
          attendance,
          people,
          can.record || can.decide,
          reading.reasons === 'all' ? 'all' : { own: openid },
        )
      : null,
    minutesRestricted: !reading.minutes && meeting.minutes !== null,
    can,
  }
}

/** The meeting page's data once the meeting and access are known: one more round trip for names. */
export async function detailFor(
  context: ActionContext,
  loaded: LoadedMeeting,
  access: MeetingAccess,
  now = new Date(),
): Promise<MeetingDetail> {
  const people = await loadPeople(
    context.db,
    loaded.meeting.orgId,
    namedIn(loaded.meeting, loaded.attendance),
  )
  return buildDetail(loaded, people, access, context.caller.openid, now)
}
