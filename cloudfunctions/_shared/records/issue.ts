import { createHash } from 'node:crypto'
import type { ContentVerdict } from '../content-check'
import {
  ISSUE_DUE_DAYS,
  type ContactPreference,
  type IssueCategory,
  type IssuePlace,
  type IssueStatus,
  type TimelineKind,
} from '../../../types/issue'
import { DAY_MS } from '../../../types/time'

/** Not yet answered: the cases a deadline and escalation apply to. */
export const OPEN_STATUSES: readonly IssueStatus[] = [
  'submitted',
  'accepted',
  'assigned',
  'in_progress',
]

/** Who did a step: the submitter (never stored by openid here), the system, or a handler's openid. */
export type TimelineActor = 'submitter' | 'system' | string

export interface TimelineRecord {
  kind: TimelineKind
  at: Date
  actor: TimelineActor
  /** A handler's name and role at the time, e.g. 王建国（书记）; empty for the submitter and system. */
  actorName: string
  note: string
}

/**
 * One case in `issues`. `submitter` is the only field that ties a case to a person: it is read by the
 * server to recognise the submitter and to send them messages, and never leaves the server for anyone
 * else (see issue/src/views.ts). For an anonymous case `submitterName` is empty.
 */
export interface IssueRecord {
  _id: string
  requestId: string
  /** contentDigest() of what was sent; absent on cases made before it was stored. */
  contentDigest?: string
  submitter: string
  submitterName: string
  anonymous: boolean
  orgId: string
  orgName: string
  /** The branch's ancestors and the branch itself, so an org above finds the case with one match. */
  orgPath: string[]
  category: IssueCategory
  body: string
  /** Photos whose image check passed: everyone who may see the case sees them. */
  photos: string[]
  /** Photos still being checked (_shared/verdicts/issue.ts): only the submitter sees them. */
  heldPhotos?: string[]
  place: IssuePlace | null
  contact: ContactPreference
  contactPhone: string
  publicConsent: boolean
  public: boolean
  status: IssueStatus
  /** Held by content security until a person reviews it. */
  held: boolean
  moderation: { text: ContentVerdict; mediaTraceIds: string[] }
  assignee: { openid: string; name: string } | null
  /** `heldPhotos`: reply photos still being checked, shown to the branch's handlers only. */
  reply: { body: string; photos: string[]; heldPhotos?: string[]; at: Date; byName: string } | null
  rating: number | null
  ratingComment: string
  rejectReason: string
  reopenCount: number
  reopenReason: string
  dueAt: Date
  escalated: boolean
  escalation: { orgId: string; orgName: string; at: Date } | null
  autoResolved: boolean
  submittedAt: Date
  updatedAt: Date
  repliedAt: Date | null
  resolvedAt: Date | null
  timeline: TimelineRecord[]
}

/**
 * One case per person and draft: a retried or doubled submission of the same draft (same requestId)
 * computes the same `_id`, and the database refuses a second document with it.
 */
export function issueIdFor(openid: string, requestId: string): string {
  return `is_${createHash('sha256').update(`${openid}:${requestId}`).digest('hex').slice(0, 29)}`
}

export function dueDate(category: IssueCategory, from: Date): Date {
  return new Date(from.getTime() + ISSUE_DUE_DAYS[category] * DAY_MS)
}

export function timelineEntry(
  kind: TimelineKind,
  at: Date,
  actor: TimelineActor,
  actorName = '',
  note = '',
): TimelineRecord {
  return { kind, at, actor, actorName, note }
}
