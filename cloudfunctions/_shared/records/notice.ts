import type { Database } from '../cloud'
import { pipelineTools } from '../db'
import type { OrgRecord } from '../policy'
import type { NoticeAttachment, NoticeScope } from '../../../types/notice'

export interface NoticeRecord {
  _id: string
  orgId: string
  orgName: string
  scope: NoticeScope
  title: string
  body: string
  pinned: boolean
  attachments: NoticeAttachment[]
  /** The orgs whose members are expected to sign for it, with their names for the read report. */
  audience: { orgId: string; orgName: string }[]
  publishedBy: string
  publishedAt: Date
}

/** A reader in `org` sees its own notices and the subtree notices of every org above it. */
export function visibleIn(db: Database, org: OrgRecord) {
  const _ = db.command
  return _.or([{ orgId: org._id }, { scope: 'subtree', orgId: _.in(org.ancestors) }])
}

/** A `$lookup` of `openid`'s receipt for each notice (as `myRead`: one row when they signed for it). */
export function myReadLookup(db: Database, openid: string) {
  const { expr, pipeline } = pipelineTools(db)
  const $ = db.command.aggregate
  return {
    from: 'noticeReads',
    let: { noticeId: '$_id' },
    pipeline: pipeline()
      .match(expr($.and([$.eq(['$noticeId', '$$noticeId']), $.eq(['$openid', openid])])))
      .project({ _id: 0, readAt: 1 })
      .done(),
    as: 'myRead',
  }
}
