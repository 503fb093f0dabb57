import type { Database } from '../../_shared/cloud'
import { meterFrom, meterLookups, type MeterFacts } from '../../_shared/completeness'
import { aggregateRows, pipelineTools } from '../../_shared/db'
import type { OrgRecord } from '../../_shared/policy'
import { currentQuarter } from '../../../types/time'
import { visibleIn } from '../../_shared/records/notice'
import type { BranchHome } from '../../../types/org'

interface Upcoming {
  _id: string
  title: string
  startsAt: Date
}

interface HomeRow extends MeterFacts {
  counts: { active: number; pending: number; secretaries: (string | null)[] }[]
  secretaryUsers: { nickname?: string }[]
  notices: { _id: string; title: string; publishedAt: Date }[]
  upcomingMeetings: Upcoming[]
  upcomingActivities: Upcoming[]
}

export interface HomeFacts {
  memberCount: number
  pendingJoinRequests: number
  secretary: BranchHome['secretary']
  notices: BranchHome['notices']
  upcoming: BranchHome['upcoming']
  completeness: BranchHome['completeness']
}

const UPCOMING = 3

/**
 * Everything the 支部 home shows about an org, in one round trip: member counts and the secretary
 * from `memberships`, the latest notices it can see (its own, and subtree notices from above), what
 * is coming up (meetings, activities) and this quarter's 三会一课 completeness.
 */
export async function loadHomeFacts(db: Database, org: OrgRecord, now: Date): Promise<HomeFacts> {
  const { _id: orgId } = org
  const { year, quarter } = currentQuarter(now)
  const _ = db.command
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  let query = db.collection('orgs').aggregate().match({ _id: orgId })
  if (org.kind === 'branch') {
    for (const lookup of meterLookups(db, orgId, year, quarter, now)) query = query.lookup(lookup)
  }
  const [row] = await aggregateRows<HomeRow>(
    query
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
        // Constants, not $expr: each branch starts with orgId, so the notices index serves it.
        pipeline: pipeline()
          .match(visibleIn(db, org))
          .sort({ pinned: -1, publishedAt: -1 })
          .limit(3)
          .project({ _id: 1, title: 1, publishedAt: 1 })
          .done(),
        as: 'notices',
      })
      .lookup({
        from: 'meetings',
        pipeline: pipeline()
          .match({ orgId, status: 'scheduled', endsAt: _.gt(now) })
          .sort({ startsAt: 1 })
          .limit(UPCOMING)
          .project({ _id: 1, title: 1, startsAt: 1 })
          .done(),
        as: 'upcomingMeetings',
      })
      .lookup({
        from: 'activities',
        pipeline: pipeline()
          .match({ orgPath: orgId, status: 'published', endsAt: _.gt(now) })
          .sort({ startsAt: 1 })
          .limit(UPCOMING)
          .project({ _id: 1, title: 1, startsAt: 1 })
          .done(),
        as: 'upcomingActivities',
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
    upcoming: [
      ...(row?.upcomingMeetings ?? []).map((item) => ({ kind: 'meeting' as const, item })),
      ...(row?.upcomingActivities ?? []).map((item) => ({ kind: 'activity' as const, item })),
    ]
      .map(({ kind, item }) => ({
        kind,
        id: item._id,
        title: item.title,
        startsAt: new Date(item.startsAt).toISOString(),
      }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .slice(0, UPCOMING),
    completeness: org.kind === 'branch' ? meterFrom(org, year, quarter, row) : null,
  }
}
