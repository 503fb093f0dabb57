import type { Database } from '../../_shared/cloud'
import { addOnce, rows, updatedCount } from '../../_shared/db'
import {
  ATTENDED,
  type AttendanceCounts,
  type AttendanceStatus,
  type AttendanceView,
} from '../../../types/meeting'
import { attendanceId, type AttendanceRecord } from '../../_shared/records/attendance'
import type { MeetingRecord } from '../../_shared/records/meeting'
import type { People } from './people'

export function isAttended(status: AttendanceStatus | null | undefined): boolean {
  return status !== null && status !== undefined && ATTENDED.includes(status)
}

/**
 * Moves a person's row to a new state, exactly once: a new row is added (the `_id` is unique, so of
 * two concurrent taps one wins), an existing row changes only if it is in one of the `from` states
 * (compare-and-set). Answers whether this call made the change.
 */
export async function changeAttendance(
  db: Database,
  row: AttendanceRecord,
  from: readonly (AttendanceStatus | 'none')[],
  change: Record<string, unknown>,
): Promise<boolean> {
  if (from.includes('none') && (await addOnce(db, 'attendance', row)) === 'added') return true
  const states = from.filter((state) => state !== 'none')
  if (states.length === 0) return false
  const updated = await updatedCount(
    db
      .collection('attendance')
      .where({ _id: row._id, status: db.command.in(states) })
      .update({ data: { ...change, updatedAt: new Date() } }),
  )
  return updated === 1
}

export async function findAttendance(
  db: Database,
  meetingId: string,
  openid: string,
): Promise<AttendanceRecord | undefined> {
  const [row] = await rows<AttendanceRecord>(
    db
      .collection('attendance')
      .where({ _id: attendanceId(meetingId, openid) })
      .limit(1)
      .get(),
  )
  return row
}

const iso = (date: Date | null | undefined) => (date ? new Date(date).toISOString() : null)

export function toAttendanceView(row: AttendanceRecord, people: People): AttendanceView {
  const request = row.request
  return {
    status: row.status,
    method: row.method,
    at: iso(row.at),
    by: row.by ? people.ref(row.by) : null,
    reason: row.reason,
    request: request
      ? {
          kind: request.kind,
          reason: request.reason,
          at: iso(request.at) ?? '',
          decision: request.decision,
          decidedBy: request.decidedBy ? people.ref(request.decidedBy) : null,
        }
      : null,
  }
}

export function countAttendance(
  meeting: MeetingRecord,
  attendance: Pick<AttendanceRecord, 'openid' | 'status'>[],
): AttendanceCounts {
  const expected = new Set(meeting.expected)
  const byPerson = new Map(attendance.map((row) => [row.openid, row.status]))
  let guests = 0
  let pending = 0
  for (const row of attendance) {
    if (isAttended(row.status) && !expected.has(row.openid)) guests += 1
    if (row.status === 'pending') pending += 1
  }
  let attended = 0
  let leave = 0
  let missing = 0
  for (const openid of expected) {
    const status = byPerson.get(openid)
    if (isAttended(status)) attended += 1
    else if (status === 'leave') leave += 1
    else missing += 1
  }
  return { expected: expected.size, attended, guests, leave, pending, missing }
}
