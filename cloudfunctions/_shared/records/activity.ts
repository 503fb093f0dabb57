import type { ActivityKind } from '../../../types/activity'

export type PhotoStatus = 'pending' | 'approved' | 'removed'

export interface PhotoRecord {
  fileID: string
  by: string
  byNickname: string
  at: Date
  status: PhotoStatus
  /** mediaCheckAsync's trace id (its verdict arrives later: _shared/verdicts/activity.ts). */
  traceId: string
}

export interface ActivityRecord {
  _id: string
  orgId: string
  /** The org's ancestors and the org itself, so a subtree is `where({ orgPath: orgId })`. */
  orgPath: string[]
  kind: ActivityKind
  title: string
  body: string
  place: string
  startsAt: Date
  endsAt: Date
  signUpBy: Date
  capacity: number
  /** Seats taken; only ever moved by compare-and-set (see activity/src/signups.ts). */
  signedUp: number
  checkedIn: number
  cover: string
  /** The cover waits for its image check; until it passes nobody sees it (_shared/verdicts/activity.ts). */
  coverPending: boolean
  /** `held`: content security asked a person to read it; only the branch's 支委 see it until then. */
  status: 'held' | 'published' | 'cancelled'
  /** While held: the kind content security found ('' when it named none). */
  contentFlag?: string
  cancelReason: string
  /** 'YYYY-MM' of the start in Asia/Shanghai: the month whose 主题党日 this is. */
  monthKey: string
  /** HMAC key of the rotating check-in code; never leaves the server. */
  signInSecret: string
  /** Keyed by photo id, so one photo's status is a dotted-path compare-and-set. */
  photos: Record<string, PhotoRecord>
  /** Approved photos and reflections: what puts the activity on the 支部风采 page. */
  photoCount: number
  reflectionCount: number
  createdBy: string
  createdAt: Date
}
