import { defineAction, grantOf } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { forbidden } from '../../../_shared/errors'
import { ADMINS, COMMITTEE, LEADERS } from '../../../_shared/policy'
import { permits } from '../../../../types/roles'
import type { IssueQueue } from '../../../../types/issue'
import { listForOrgInput } from '../../../../types/issue.schema'
import type { IssueRecord } from '../../../_shared/records/issue'
import { countQueues, queueMatch, queueOrder } from '../queues'
import { toSummary } from '../views'

const PAGE_SIZE = 20

/**
 * The handler's lists for an org and everything below it: a branch's 支委会 sees its cases, a
 * committee above sees every branch's, including cases escalated to it for being overdue. Held
 * content is listed only for admins, who review it. Three round trips: grant, page, counts.
 */
export const listForOrg = defineAction({
  schema: listForOrgInput,
  readOnly: true,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, view, page = 0 }, context): Promise<IssueQueue> {
    const { db, caller } = context
    const { roles } = grantOf(context)
    const canModerate = permits(roles, ADMINS)
    if (view === 'held' && !canModerate) throw forbidden('只有上级党组织管理员可以审核内容')
    const [field, direction] = queueOrder(view)
    const [found, counts] = await Promise.all([
      rows<IssueRecord>(
        db
          .collection('issues')
          .where(queueMatch(db, orgId, view, caller.openid))
          .orderBy(field, direction)
          .orderBy('_id', 'asc')
          .field({ timeline: false, moderation: false, requestId: false })
          .skip(page * PAGE_SIZE)
          .limit(PAGE_SIZE + 1)
          .get(),
      ),
      countQueues(db, orgId, caller.openid),
    ])
    if (!canModerate) counts.held = 0
    const now = new Date()
    const viewer = { kind: 'handler' as const, openid: caller.openid, roles }
    return {
      items: found.slice(0, PAGE_SIZE).map((issue) => toSummary(issue, viewer, now)),
      nextPage: found.length > PAGE_SIZE ? page + 1 : null,
      counts,
      canModerate,
      canLead: permits(roles, LEADERS),
    }
  },
})
