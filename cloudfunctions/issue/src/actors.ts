import { grantOf, type ActionContext } from '../../_shared/action'
import { appendAudit, nicknameOf, type AuditEntry } from '../../_shared/audit'
import type { Database } from '../../_shared/cloud'
import { rows } from '../../_shared/db'
import type { IssueRecord } from '../../_shared/records/issue'
import { anonymousActor } from './issues'
import { handlerName, type Viewer } from './views'

export const findNickname = nicknameOf

/** Profile names by openid, for the given people (at most `openids.length` rows). */
export async function findNicknames(db: Database, openids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(openids)]
  if (unique.length === 0) return new Map()
  const found = await rows<{ _id: string; nickname?: string }>(
    db
      .collection('users')
      .where({ _id: db.command.in(unique) })
      .field({ _id: true, nickname: true })
      .limit(unique.length)
      .get(),
  )
  return new Map(found.map((user) => [user._id, user.nickname ?? '']))
}

/** The handler acting under an org policy: how the case looks to them and how the timeline names them. */
export async function handlerOf(
  context: ActionContext,
): Promise<{ viewer: Viewer & { kind: 'handler' }; name: string }> {
  const { roles } = grantOf(context)
  const nickname = await findNickname(context.db, context.caller.openid)
  return {
    viewer: { kind: 'handler', openid: context.caller.openid, roles },
    name: handlerName(nickname, roles),
  }
}

/**
 * Audits a step on a case. What an anonymous submitter does is recorded under the case's pseudonymous
 * actor, so audit views (which show the actor's nickname) never name them.
 */
export async function auditIssue(
  context: ActionContext,
  issue: Pick<IssueRecord, '_id' | 'anonymous' | 'orgId'>,
  by: 'submitter' | 'handler',
  entry: Omit<AuditEntry, 'orgId' | 'target'>,
): Promise<void> {
  const full: AuditEntry = { ...entry, orgId: issue.orgId, target: issue._id }
  if (by === 'submitter' && issue.anonymous) {
    await appendAudit(context.db, { ...context.caller, openid: anonymousActor(issue._id) }, full)
    return
  }
  await context.audit(full)
}
