import { defineAction } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import type { AuditItem, Page } from '../../../../types/org'
import { listAuditInput } from '../../../../types/org.schema'
import { listSubtree } from '../orgs'

const PAGE_SIZE = 20

interface AuditRow {
  _id: string
  at: Date
  action: string
  orgId: string
  summary: string
  actor: string
  actorUser: { nickname?: string }[]
}

/** Anonymous submitters are audited under a per-case pseudonym (`anon_<issueId>`), never by name. */
function actorName(row: AuditRow): string {
  if (row.actor.startsWith('anon_')) return '匿名群众'
  return row.actorUser[0]?.nickname ?? '系统'
}

/** The audit trail of an org and everything below it, newest first. */
export const listAudit = defineAction({
  schema: listAuditInput,
  readOnly: true,
  policy: { kind: 'org', roles: ['secretary'], orgOf: (input) => input.orgId },
  async run({ orgId, page = 0 }, { db }): Promise<Page<AuditItem>> {
    const orgIds = (await listSubtree(db, orgId)).map((org) => org._id)
    const found = await aggregateRows<AuditRow>(
      db
        .collection('audit')
        .aggregate()
        .match({ orgId: db.command.in(orgIds) })
        .sort({ at: -1, _id: -1 })
        .skip(page * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
        .lookup({ from: 'users', localField: 'actor', foreignField: '_id', as: 'actorUser' })
        .end(),
    )
    const items = found.slice(0, PAGE_SIZE).map((row) => ({
      id: row._id,
      at: new Date(row.at).toISOString(),
      actorNickname: actorName(row),
      action: row.action,
      orgId: row.orgId,
      summary: row.summary,
    }))
    return { items, nextPage: found.length > PAGE_SIZE ? page + 1 : null }
  },
})
