import type { Caller } from './caller'
import type { Database } from './cloud'

export interface AuditEntry {
  /** `<function>.<action>`, e.g. `user.updateProfile`. */
  action: string
  orgId?: string
  /** The record the action touched, e.g. a user or meeting id. */
  target?: string
  /** One short Chinese sentence a reviewer can read. */
  summary: string
}

/** Append-only: nothing in the app updates or removes an audit row. */
export async function appendAudit(db: Database, caller: Caller, entry: AuditEntry): Promise<void> {
  await db.collection('audit').add({
    data: {
      ...entry,
      orgId: entry.orgId ?? '',
      target: entry.target ?? '',
      actor: caller.openid,
      source: caller.source,
      at: db.serverDate(),
    },
  })
}
