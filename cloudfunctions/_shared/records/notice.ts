import type { Database } from '../cloud'
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
