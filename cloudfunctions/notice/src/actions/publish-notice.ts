import { randomBytes } from 'node:crypto'
import { defineAction, grantOf } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { rows } from '../../../_shared/db'
import { inTreeOrder } from '../../../_shared/org-order'
import { LEADERS, type OrgRecord } from '../../../_shared/policy'
import type { NoticeSummary } from '../../../../types/notice'
import { publishNoticeInput } from '../../../../types/notice.schema'
import type { NoticeRecord } from '../../../_shared/records/notice'

/** A branch's leaders publish to the branch; an admin above can push a notice to the whole subtree. */
export const publishNotice = defineAction({
  schema: publishNoticeInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run(input, context): Promise<NoticeSummary> {
    const { org } = grantOf(context)
    const { db, caller } = context
    await requireCleanText(caller, `${input.title}\n${input.body}`, 'forum', '通知')
    // In the tree's order, which the read report keeps.
    const audience =
      input.scope === 'org'
        ? [org]
        : inTreeOrder(
            org,
            await rows<OrgRecord>(
              db
                .collection('orgs')
                .where({ ancestors: org._id, archived: false })
                .limit(1000)
                .get(),
            ),
          )
    const notice: NoticeRecord = {
      _id: `notice-${randomBytes(8).toString('hex')}`,
      orgId: org._id,
      orgName: org.name,
      scope: input.scope,
      title: input.title,
      body: input.body,
      pinned: input.pinned ?? false,
      attachments: input.attachments ?? [],
      audience: audience.map((target) => ({ orgId: target._id, orgName: target.name })),
      publishedBy: caller.openid,
      publishedAt: new Date(),
    }
    await db.collection('notices').add({ data: notice })
    await context.audit({
      action: 'notice.publishNotice',
      orgId: org._id,
      target: notice._id,
      summary: `发布通知“${notice.title}”${notice.scope === 'subtree' ? '（下发至下级组织）' : ''}`,
    })
    return {
      id: notice._id,
      title: notice.title,
      orgId: notice.orgId,
      orgName: notice.orgName,
      scope: notice.scope,
      pinned: notice.pinned,
      publishedAt: notice.publishedAt.toISOString(),
      read: false,
    }
  },
})
