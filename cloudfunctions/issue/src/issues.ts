import { createHash } from 'node:crypto'
import { recordOf, type ActionContext } from '../../_shared/action'
import type { Database } from '../../_shared/cloud'
import type { ContentVerdict } from '../../_shared/content-check'
import { rows } from '../../_shared/db'
import { conflict, notFound } from '../../_shared/errors'
import type { RecordPolicy } from '../../_shared/policy'
import {
  ISSUE_DUE_DAYS,
  type ContactPreference,
  type IssueCategory,
  type IssuePlace,
  type IssueStatus,
  type TimelineKind,
} from '../../../types/issue'
import { ADMINS, COMMITTEE } from '../../../types/roles'
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
 * else (see views.ts). For an anonymous case `submitterName` is empty.
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

/** The content fields of a submission, as the action parsed them. */
export interface SubmittedContent {
  orgId: string
  category: string
  body: string
  photos?: string[]
  place?: { name: string; address?: string; latitude?: number; longitude?: number }
  contact: string
  contactPhone?: string
  anonymous: boolean
  publicConsent?: boolean
}

/**
 * A stable digest of what a submission says, so a retry (same requestId, same content) can be told
 * from a different submission that reuses a requestId.
 */
export function contentDigest(input: SubmittedContent): string {
  const canonical = JSON.stringify([
    input.orgId,
    input.category,
    input.body,
    [...new Set(input.photos ?? [])].sort(),
    input.place
      ? [
          input.place.name,
          input.place.address ?? '',
          input.place.latitude ?? null,
          input.place.longitude ?? null,
        ]
      : null,
    input.contact,
    input.contactPhone ?? '',
    input.anonymous,
    input.publicConsent ?? false,
  ])
  return createHash('sha256').update(canonical).digest('hex')
}

/**
 * The audit actor for what an anonymous submitter does. Audit views look the actor up in `users`, so
 * the openid must not be written there; this id names the case instead, and only the system can map
 * it back (through the case's `submitter`).
 */
export function anonymousActor(issueId: string): string {
  return `anon_${issueId}`
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

export async function findIssue(db: Database, issueId: string): Promise<IssueRecord | undefined> {
  const [found] = await rows<IssueRecord>(
    db.collection('issues').where({ _id: issueId }).limit(1).get(),
  )
  return found
}

/**
 * A case addressed by its id alone (the submitter's 我的诉求, a handler's link): its submitter sees it
 * as theirs (before any role is looked up); the branch's 支委会 and the orgs above see it, a held one
 * only the reviewing admins; anyone else — members of the branch included — is told it does not exist.
 */
export const byIssue: RecordPolicy<{ issueId: string }, IssueRecord> = {
  kind: 'record',
  noun: '这条诉求',
  load: (db, { issueId }) => findIssue(db, issueId),
  orgOf: (issue) => issue.orgId,
  sees: (issue) => (issue.held ? ADMINS : COMMITTEE),
  guest: (issue, openid) => issue.submitter === openid,
  guestFirst: true,
}

/** The case `byIssue` loaded for this call. */
export function loadedIssue(context: ActionContext): IssueRecord {
  return recordOf<IssueRecord>(context)
}

/** A case in `orgId` or below it; held cases only for the one who reviews them. */
export async function findIssueInOrg(
  db: Database,
  orgId: string,
  issueId: string,
  options: { includeHeld?: boolean } = {},
): Promise<IssueRecord> {
  const [found] = await rows<IssueRecord>(
    db.collection('issues').where({ _id: issueId, orgPath: orgId }).limit(1).get(),
  )
  if (!found || (found.held && !options.includeHeld)) throw notFound('这条诉求')
  return found
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  )
}

/**
 * Moves a case on if (and only if) it is still in one of `from`: a compare-and-set, so two handlers
 * tapping at once cannot both move it. Returns the case as it is now, without reading it again.
 */
export async function transition(
  db: Database,
  issue: IssueRecord,
  step: {
    from: readonly IssueStatus[]
    set: Partial<Omit<IssueRecord, '_id' | 'timeline'>>
    entry: TimelineRecord
    /** Extra conditions for the compare-and-set, e.g. `{ held: false }`. */
    where?: Record<string, unknown>
  },
): Promise<IssueRecord> {
  const _ = db.command
  const data: Record<string, unknown> = { timeline: _.push([step.entry]) }
  for (const [key, value] of Object.entries(step.set)) {
    // The SDK turns a nested object into dotted $set paths, which fails on a field that is null:
    // replace whole objects instead.
    data[key] = isPlainObject(value) ? _.set(value) : value
  }
  const { stats } = (await db
    .collection('issues')
    .where({ _id: issue._id, status: _.in([...step.from]), ...step.where })
    .update({ data })) as { stats: { updated: number } }
  if (stats.updated !== 1) throw conflict('这条诉求刚刚有了新进展，请刷新后再试')
  return { ...issue, ...step.set, timeline: [...issue.timeline, step.entry] }
}
