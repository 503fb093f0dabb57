import type { AttendanceMethod, AttendanceStatus, RequestKind } from '../../../types/meeting'
import type { MeetingRecord } from './meeting'

export interface RequestRecord {
  kind: RequestKind
  reason: string
  at: Date
  decision: 'approved' | 'declined' | null
  decidedBy: string | null
  decidedAt: Date | null
}

/** One row per meeting × person (`_id = meetingId_openid`): a double tap or a burst writes it once. */
export interface AttendanceRecord {
  _id: string
  meetingId: string
  orgId: string
  openid: string
  status: AttendanceStatus
  method: AttendanceMethod | null
  /** When the person was counted present (signed in, approved 补签, proxy). */
  at: Date | null
  /** Who signed this person in by proxy. */
  by: string | null
  /** Why (proxy sign-in). */
  reason: string
  request: RequestRecord | null
  updatedAt: Date
}

export function attendanceId(meetingId: string, openid: string): string {
  return `${meetingId}_${openid}`
}

/** A person's row for a meeting; `fields` sets the status and whatever else the step knows. */
export function newAttendance(
  meeting: Pick<MeetingRecord, '_id' | 'orgId'>,
  openid: string,
  fields: Partial<AttendanceRecord> & Pick<AttendanceRecord, 'status'>,
): AttendanceRecord {
  return {
    _id: attendanceId(meeting._id, openid),
    meetingId: meeting._id,
    orgId: meeting.orgId,
    openid,
    method: null,
    at: null,
    by: null,
    reason: '',
    request: null,
    updatedAt: new Date(),
    ...fields,
  }
}
