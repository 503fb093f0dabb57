import type { ActionSpec } from './contract'
import type { ListNoticesInput, NoticeRefInput, PublishNoticeInput } from './notice.schema'
import type { Page } from './org'

/** 本组织 only, or the whole subtree below the publishing org (上级要求 pushed down). */
export type NoticeScope = 'org' | 'subtree'

export interface NoticeAttachment {
  fileID: string
  name: string
}

export interface NoticeSummary {
  id: string
  title: string
  orgId: string
  orgName: string
  scope: NoticeScope
  pinned: boolean
  publishedAt: string
  /** Whether the caller has signed for it (签阅). */
  read: boolean
}

export interface NoticeDetail extends NoticeSummary {
  body: string
  attachments: NoticeAttachment[]
  readAt: string | null
  /** Opened from the publishing org by its leaders (or an admin above): the read report is theirs. */
  canSeeReads: boolean
}

export interface BranchReads {
  orgId: string
  orgName: string
  expected: number
  read: number
}

export interface ReadReport {
  noticeId: string
  expected: number
  read: number
  byBranch: BranchReads[]
}

export interface NoticeActions {
  publishNotice: ActionSpec<PublishNoticeInput, NoticeSummary>
  listNotices: ActionSpec<ListNoticesInput, Page<NoticeSummary>>
  openNotice: ActionSpec<NoticeRefInput, NoticeDetail>
  readReport: ActionSpec<NoticeRefInput, ReadReport>
  remindUnread: ActionSpec<NoticeRefInput, RemindResult>
}

/** What a 提醒 did: sent now, not possible (no credit, turned off), and still to go (sent by the cron). */
export interface RemindResult {
  reminded: number
  withoutCredit: number
  pending: number
}
