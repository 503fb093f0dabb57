import type { MeetingKind } from '../../../types/meeting'

export interface PhotoRecord {
  fileID: string
  /** mediaCheckAsync's trace id; the verdict arrives later (_shared/verdicts/meeting.ts). */
  traceId: string
  /** Pending: the recorder and leaders see it marked 审核中; pass: members too; risky: nobody. */
  verdict: 'pending' | 'pass' | 'risky'
}

export interface MinutesRecord {
  summary: string
  resolutions: string[]
  photos: PhotoRecord[]
  absenceNotes: { openid: string; reason: string }[]
  recordedBy: string
  recordedAt: Date
  /** msgSecCheck asked for a human look: hidden from members until a leader releases it. */
  held: boolean
}

export interface MeetingRecord {
  _id: string
  orgId: string
  kind: MeetingKind
  title: string
  agenda: string
  startsAt: Date
  endsAt: Date
  place: string
  hostId: string
  recorderId: string
  expected: string[]
  /** HMAC key of the rotating sign-in code. Never leaves the server. */
  secret: string
  status: 'scheduled' | 'cancelled'
  cancelReason: string
  createdBy: string
  createdAt: Date
  updatedAt: Date
  minutes: MinutesRecord | null
  /** Bumped by every minutes save; a save must name the version it started from. */
  minutesVersion: number
  /** Set once by the cron job when the reminder went out. */
  reminded: boolean
  shareActivityId: string
  shareExpiresAt: Date | null
  /** When the group card last showed the sign-in count (throttles setUpdatableMsg in a burst). */
  shareSyncedAt: Date | null
  /** The count the card shows now ("12/20"): setUpdatableMsg only when it changes. */
  shareShownCount?: string
}

/** The page a meeting opens on (reminders, the group card). */
export function meetingPath(meetingId: string): string {
  return `packages/meeting/detail/index?id=${meetingId}`
}
