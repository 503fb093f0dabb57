import { createHash } from 'node:crypto'
import { recordOf, type ActionContext } from '../../_shared/action'
import type { Database } from '../../_shared/cloud'
import { rows, updatedCount } from '../../_shared/db'
import { conflict, notFound } from '../../_shared/errors'
import type { IssueRecord, TimelineRecord } from '../../_shared/records/issue'
import type { IssueStatus } from '../../../types/issue'
import type { RecordPolicy } from '../../_shared/policy'
import { ADMINS, COMMITTEE } from '../../../types/roles'

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
  const updated = await updatedCount(
    db
      .collection('issues')
      .where({ _id: issue._id, status: _.in([...step.from]), ...step.where })
      .update({ data }),
  )
  if (updated !== 1) throw conflict('这条诉求刚刚有了新进展，请刷新后再试')
  return { ...issue, ...step.set, timeline: [...issue.timeline, step.entry] }
}
