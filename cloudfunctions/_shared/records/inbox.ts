import { createHash } from 'node:crypto'
import type { Database } from '../cloud'
import { mapWithLimit } from '../concurrency'
import { addOnce } from '../db'
import type { InboxItem, InboxKind } from '../../../types/inbox'

/** One message in a person's 消息, written by the action that caused it; read only by its `openid`. */
export interface InboxRecord {
  /** inboxId(): the same event for the same person is one row, whatever the retries. */
  _id: string
  openid: string
  kind: InboxKind
  /** A few words, e.g. 已批准加入. */
  title: string
  /** One or two short sentences. */
  body: string
  /** A mini-program page path with its query (no leading slash), e.g. `packages/issue/detail/index?id=…`. */
  link: string
  orgId: string | null
  createdAt: Date
  readAt: Date | null
}

/**
 * What an action delivers: to whom, what, and `key` — what makes this event this event (the reminder's
 * id, `${issueId}:${reopenCount}` …), so a retried or repeated action lands on the row it wrote before.
 */
export interface InboxEntry {
  to: string
  kind: InboxKind
  key: string
  title: string
  body: string
  link: string
  orgId?: string | null
}

const TITLE_MAX = 20
const BODY_MAX = 140
/** Rows written at once: a reminder to a whole subtree must not take one round trip after another. */
const PARALLEL_ADDS = 8

export function inboxId(to: string, kind: InboxKind, key: string): string {
  return `ib_${createHash('sha256').update(`${to}:${kind}:${key}`).digest('hex').slice(0, 29)}`
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export function inboxRow(entry: InboxEntry, now: Date): InboxRecord {
  return {
    _id: inboxId(entry.to, entry.kind, entry.key),
    openid: entry.to,
    kind: entry.kind,
    title: clip(entry.title, TITLE_MAX),
    body: clip(entry.body, BODY_MAX),
    link: entry.link,
    orgId: entry.orgId ?? null,
    createdAt: now,
    readAt: null,
  }
}

/**
 * Puts each entry in its person's 消息, once: an entry whose row exists (a retry, a second push of the
 * same verdict, an overlapping cron tick) is left as it is. Entries without a person are skipped.
 * Answers how many rows this call added.
 */
export async function deliver(
  db: Database,
  entries: readonly InboxEntry[],
  now = new Date(),
): Promise<number> {
  const outcomes = await mapWithLimit(
    entries.filter((entry) => entry.to),
    PARALLEL_ADDS,
    (entry) => addOnce(db, 'inbox', inboxRow(entry, now)),
  )
  return outcomes.filter((outcome) => outcome === 'added').length
}

export function toInboxItem(row: InboxRecord): InboxItem {
  return {
    id: row._id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    orgId: row.orgId,
    createdAt: new Date(row.createdAt).toISOString(),
    read: row.readAt != null,
  }
}
