import type { Database } from '../../_shared/cloud'
import { meterFrom, meterLookups, type MeterFacts } from '../../_shared/completeness'
import { aggregateRows, pipelineTools } from '../../_shared/db'
import type { OrgRecord } from '../../_shared/policy'
import { currentQuarter } from '../../../types/time'
import { signInOpensAt } from '../../_shared/records/meeting'
import { myReadLookup, visibleIn } from '../../_shared/records/notice'
import type { BranchHome } from '../../../types/org'
import { todoFrom, todoLookups, type TodoRow, type Viewer } from './home-todo'
import { PARTY_MEMBERS } from '../../../types/roles'
import type { Role } from '../../../types/user'

interface Upcoming {
  _id: string
  title: string
  startsAt: Date
  /** Activities: the org that holds it (a 党委's home lists its branches' activities). */
  org?: { _id: string; name: string }[]
}

interface HomeRow extends MeterFacts, TodoRow {
  /** 党委/总支 only: distinct 党员 of the orgs below. */
  subtreeParty?: { people: number }[]
  counts: { party: number; nonParty: number; pending: number; secretaries: (string | null)[] }[]
  secretaryUsers: { nickname?: string }[]
  notices: { _id: string; title: string; publishedAt: Date; myRead: unknown[] }[]
  upcomingMeetings: Upcoming[]
  upcomingActivities: Upcoming[]
}

export interface HomeFacts {
  memberCount: number
  nonPartyCount: number
  pendingJoinRequests: number
  secretary: BranchHome['secretary']
  notices: BranchHome['notices']
  upcoming: BranchHome['upcoming']
  completeness: BranchHome['completeness']
  todo: BranchHome['todo']
}

const UPCOMING = 3
/** Orgs below a 党委 the home counts 党员 over (the dashboards have the full figures). */
const MAX_SUBTREE = 1000
/** Notices shown on the home; the unread count looks at the latest RECENT. */
const SHOWN_NOTICES = 3
const RECENT_NOTICES = 20
/** Members of the branch who are not 党员 (counted beside them). */
const NON_PARTY: Role[] = ['activist', 'masses']

/**
 * Everything the 支部 home shows about an org, in one round trip: 党员 and other member counts and the secretary
 * from `memberships`, the latest notices it can see (its own, and subtree notices from above), what
 * is coming up (meetings, activities) and this quarter's 三会一课 completeness.
 */
export async function loadHomeFacts(
  db: Database,
  org: OrgRecord,
  viewer: Viewer,
  now: Date,
): Promise<HomeFacts> {
  const { _id: orgId } = org
  const { year, quarter } = currentQuarter(now)
  const _ = db.command
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  const activeIn = (roles: Role[]) =>
    $.sum($.cond([$.and([$.eq(['$status', 'active']), $.in(['$role', roles])]), 1, 0]))
  let query = db.collection('orgs').aggregate().match({ _id: orgId })
  if (org.kind === 'branch') {
    for (const lookup of meterLookups(db, orgId, year, quarter, now)) query = query.lookup(lookup)
  }
  for (const lookup of todoLookups(db, org, viewer, now)) query = query.lookup(lookup)
  if (org.kind !== 'branch' && org.kind !== 'group') {
    // A 党委/总支 has few members of its own: its home counts the distinct 党员 of its subtree.
    query = query
      .lookup({
        from: 'orgs',
        pipeline: pipeline()
          .match({ ancestors: orgId, archived: false })
          .project({ _id: 1 })
          .limit(MAX_SUBTREE)
          .done(),
        as: 'subtree',
      })
      .lookup({
        from: 'memberships',
        let: { orgIds: $.concatArrays(['$subtree._id', [orgId]]) },
        pipeline: pipeline()
          .match(
            expr(
              $.and([
                $.in(['$orgId', '$$orgIds']),
                $.eq(['$status', 'active']),
                $.in(['$role', [...PARTY_MEMBERS]]),
              ]),
            ),
          )
          .group({ _id: '$openid' })
          .group({ _id: null, people: $.sum(1) })
          .done(),
        as: 'subtreeParty',
      })
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
            party: activeIn([...PARTY_MEMBERS]),
            nonParty: activeIn(NON_PARTY),
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
          .limit(RECENT_NOTICES)
          .project({ _id: 1, title: 1, publishedAt: 1 })
          .lookup(myReadLookup(db, viewer.openid))
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
          .project({ _id: 1, title: 1, startsAt: 1, orgId: 1 })
          .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
          .done(),
        as: 'upcomingActivities',
      })
      .limit(1)
      .end(),
  )
  const counts = row?.counts[0] ?? { party: 0, nonParty: 0, pending: 0 }
  const secretary = row?.secretaryUsers[0]
  return {
    memberCount: row?.subtreeParty ? (row.subtreeParty[0]?.people ?? 0) : counts.party,
    nonPartyCount: counts.nonParty,
    pendingJoinRequests: counts.pending,
    secretary: secretary ? { nickname: secretary.nickname ?? '微信用户' } : null,
    notices: (row?.notices ?? []).slice(0, SHOWN_NOTICES).map((notice) => ({
      id: notice._id,
      title: notice.title,
      publishedAt: new Date(notice.publishedAt).toISOString(),
      read: notice.myRead.length > 0,
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
        // Named only when it is another org's (a 党委 or 总支 sees its branches' activities).
        ...(item.org?.[0] && item.org[0]._id !== orgId ? { orgName: item.org[0].name } : {}),
        live: now >= (kind === 'meeting' ? signInOpensAt(item) : new Date(item.startsAt)),
      }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .slice(0, UPCOMING),
    completeness: org.kind === 'branch' ? meterFrom(org, year, quarter, row) : null,
    todo: todoFrom(row, (row?.notices ?? []).filter((notice) => !notice.myRead.length).length),
  }
}
