import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { notFound } from '../../../_shared/errors'
import { LEADERS } from '../../../_shared/policy'
import type { ReadReport } from '../../../../types/notice'
import { noticeRefInput } from '../../../../types/notice.schema'
import type { NoticeRecord } from '../../../_shared/records/notice'
import { audienceReads } from '../notices'

/** Who has signed, per branch — for the publishing org's leaders and the admins above. */
export const readReport = defineAction({
  schema: noticeRefInput,
  readOnly: true,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId, noticeId }, context): Promise<ReadReport> {
    const [notice] = await rows<NoticeRecord>(
      context.db.collection('notices').where({ _id: noticeId, orgId }).limit(1).get(),
    )
    if (!notice) throw notFound('通知')
    const counts = new Map((await audienceReads(context.db, notice)).map((row) => [row._id, row]))
    const byBranch = notice.audience.map(({ orgId: branchId, orgName }) => ({
      orgId: branchId,
      orgName,
      expected: counts.get(branchId)?.expected ?? 0,
      read: counts.get(branchId)?.read ?? 0,
    }))
    return {
      noticeId,
      expected: byBranch.reduce((sum, branch) => sum + branch.expected, 0),
      read: byBranch.reduce((sum, branch) => sum + branch.read, 0),
      byBranch: byBranch.filter((branch) => branch.expected > 0),
    }
  },
})
