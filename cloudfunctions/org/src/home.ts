import type { Database } from '../../_shared/cloud'
import { aggregateRows, pipelineTools } from '../../_shared/db'
import type { BranchHome } from '../../../types/org'

interface HomeRow {
  counts: { active: number; pending: number; secretaries: (string | null)[] }[]
  secretaryUsers: { nickname?: string }[]
  notices: { _id: string; title: string; publishedAt: Date }[]
}

export interface HomeFacts {
  memberCount: number
  pendingJoinRequests: number
  secretary: BranchHome['secretary']
  notices: BranchHome['notices']
}

/**
 * Everything the 支部 home shows about an org, in one round trip: member counts and the secretary
 * from `memberships`, and the latest notices it can see (its own, and subtree notices from above).
 */
export async function loadHomeFacts(
  db: Database,
  orgId: string,
  ancestors: string[],
): Promise<HomeFacts> {
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  const [row] = await aggregateRows<HomeRow>(
    db
      .collection('orgs')
      .aggregate()
      .match({ _id: orgId })
      .lookup({
        from: 'memberships',
        let: { orgId: '$_id' },
        pipeline: pipeline()
          .match(expr($.eq(['$orgId', '$$orgId'])))
          .group({
            _id: null,
            active: $.sum($.cond([$.eq(['$status', 'active']), 1, 0])),
            pending: $.sum($.cond([$.eq(['$status', 'pending']), 1, 0])),
            secretaries: $.addToSet(
              $.cond([
                $.and([$.eq(['$status', 'active']), $.eq(['$role', 'secretary'])]),
                '$openid',
                null,
              ]),
            ),
          })
          .done(),
        as: 'counts',
      })
      .addFields({ secretaryIds: $.arrayElemAt(['$counts.secretaries', 0]) })
      .lookup({
        from: 'users',
        localField: 'secretaryIds',
        foreignField: '_id',
        as: 'secretaryUsers',
      })
      .lookup({
        from: 'notices',
        let: { self: '$_id' },
        pipeline: pipeline()
          .match(
            expr(
              $.or([
                $.eq(['$orgId', '$$self']),
                $.and([$.eq(['$scope', 'subtree']), $.in(['$orgId', ancestors])]),
              ]),
            ),
          )
          .sort({ pinned: -1, publishedAt: -1 })
          .limit(3)
          .project({ _id: 1, title: 1, publishedAt: 1 })
          .done(),
        as: 'notices',
      })
      .limit(1)
      .end(),
  )
  const counts = row?.counts[0] ?? { active: 0, pending: 0 }
  const secretary = row?.secretaryUsers[0]
  return {
    memberCount: counts.active,
    pendingJoinRequests: counts.pending,
    secretary: secretary ? { nickname: secretary.nickname ?? '微信用户' } : null,
    notices: (row?.notices ?? []).map((notice) => ({
      id: notice._id,
      title: notice.title,
      publishedAt: new Date(notice.publishedAt).toISOString(),
    })),
  }
}
