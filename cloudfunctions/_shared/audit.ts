import type { Caller } from './caller'
import type { Database } from './cloud'
import { rows } from './db'

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
      summary: quotedOnce(entry.summary),
      orgId: entry.orgId ?? '',
      target: entry.target ?? '',
      actor: caller.openid,
      source: caller.source,
      at: db.serverDate(),
    },
  })
}

/**
 * The one rule for quotes in an audit line. Lines wrap titles and names in “”, and a title may carry
 * quotes of its own: a quote inside a quote is written ‘’ (the nested form), and a title that was
 * wholly in quotes is not quoted twice. So 查看活动““七一”慰问”” reads 查看活动“‘七一’慰问”, and
 * 查看活动““七一慰问”” reads 查看活动“七一慰问”.
 */
export function quotedOnce(summary: string): string {
  let depth = 0
  let out = ''
  for (const char of summary) {
    if (char === '“') {
      out += depth === 0 ? '“' : '‘'
      depth += 1
    } else if (char === '”' && depth > 0) {
      depth -= 1
      out += depth === 0 ? '”' : '’'
    } else {
      out += char
    }
  }
  return out.replace(/“‘([^“”‘’]*)’”/g, '“$1”')
}

/** The profile name of one person, for a line that says whose record it was. */
export async function nicknameOf(db: Database, openid: string): Promise<string> {
  const [user] = await rows<{ nickname?: string }>(
    db.collection('users').where({ _id: openid }).limit(1).field({ nickname: true }).get(),
  )
  return user?.nickname || '微信用户'
}
