import type { Database } from '../../_shared/cloud'
import { aggregateRows, pipelineTools } from '../../_shared/db'
import { myReadLookup, type NoticeRecord } from '../../_shared/records/notice'
import type { NoticeSummary } from '../../../types/notice'

interface ReadRow {
  readAt: Date
}

export type NoticeRow = NoticeRecord & { myRead: ReadRow[] }

export const NOTICES_PAGE_SIZE = 20

/** Notices with the caller's own read receipt joined, in one round trip. */
export function noticesWithMyRead(db: Database, openid: string, match: object) {
  return db.collection('notices').aggregate().match(match).lookup(myReadLookup(db, openid))
}

export function toSummary(row: NoticeRow): NoticeSummary {
  return {
    id: row._id,
    title: row.title,
    orgId: row.orgId,
    orgName: row.orgName,
    scope: row.scope,
    pinned: row.pinned,
    publishedAt: new Date(row.publishedAt).toISOString(),
    read: row.myRead.length > 0,
  }
}

export interface AudienceRow {
  _id: string
  expected: number
  read: number
  unread: string[]
}

/**
 * Per audience org: active members expected to sign, how many did, and who has not — one round trip
 * (memberships joined with this notice's receipts). Each person is counted once, in one org: where
 * they signed (the receipt's org, when they are a member there), else the first of their audience
 * orgs by id — so a person in two branches is one person, credited to the branch they read it in.
 */
export async function audienceReads(db: Database, notice: NoticeRecord): Promise<AudienceRow[]> {
  const _ = db.command
  const $ = _.aggregate
  const { expr, pipeline } = pipelineTools(db)
  const signedIn = $.arrayElemAt(['$reads.orgId', 0])
  return aggregateRows<AudienceRow>(
    db
      .collection('memberships')
      .aggregate()
      .match({ orgId: _.in(notice.audience.map((org) => org.orgId)), status: 'active' })
      .group({ _id: '$openid', orgIds: $.addToSet('$orgId') })
      .lookup({
        from: 'noticeReads',
        let: { openid: '$_id' },
        pipeline: pipeline()
          .match(expr($.and([$.eq(['$noticeId', notice._id]), $.eq(['$openid', '$$openid'])])))
          .project({ _id: 0, orgId: 1 })
          .done(),
        as: 'reads',
      })
      .project({
        reads: 1,
        orgId: $.cond([
          $.and([$.gt([$.size('$reads'), 0]), $.in([signedIn, '$orgIds'])]),
          signedIn,
          $.min('$orgIds'),
        ]),
      })
      .group({
        _id: '$orgId',
        expected: $.sum(1),
        read: $.sum($.cond([$.gt([$.size('$reads'), 0]), 1, 0])),
        unread: $.push($.cond([$.eq([$.size('$reads'), 0]), '$_id', null])),
      })
      .limit(1000)
      .end(),
  )
}
