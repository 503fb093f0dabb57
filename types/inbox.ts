import type { ActionSpec } from './contract'
import type { NoInput } from './contract.schema'
import type { ListInboxInput, MarkReadInput } from './inbox.schema'
import type { Page } from './org'

/**
 * What can land in a person's 消息 (the in-app inbox), each written by the action that causes it.
 * Subscribe messages stay the push; the inbox is what is there when the person opens the app.
 */
export const INBOX_KINDS = [
  'joinApproved',
  'joinDeclined',
  'lessonPublished',
  'lessonRejected',
  'issueAccepted',
  'issueReplied',
  'issueEscalated',
  'photoHeld',
  'photoRejected',
  'meetingReminder',
  'lessonDue',
  'noticeReminder',
  'duesReminder',
] as const
export type InboxKind = (typeof INBOX_KINDS)[number]

export const INBOX_KIND_LABELS: Record<InboxKind, string> = {
  joinApproved: '入支部申请',
  joinDeclined: '入支部申请',
  lessonPublished: '微党课',
  lessonRejected: '微党课',
  issueAccepted: '诉求',
  issueReplied: '诉求',
  issueEscalated: '诉求',
  photoHeld: '活动照片',
  photoRejected: '活动照片',
  meetingReminder: '会议提醒',
  lessonDue: '学习提醒',
  noticeReminder: '签阅提醒',
  duesReminder: '党费提醒',
}

/** Rows per page of 消息. */
export const INBOX_PAGE_SIZE = 20

/** One message as the app shows it. */
export interface InboxItem {
  id: string
  kind: InboxKind
  title: string
  body: string
  /** A mini-program page path with its query, e.g. `packages/issue/detail/index?id=…`. */
  link: string
  orgId: string | null
  createdAt: string
  read: boolean
}

export interface InboxActions {
  listMine: ActionSpec<ListInboxInput, Page<InboxItem>>
  countUnread: ActionSpec<NoInput, { unread: number }>
  markRead: ActionSpec<MarkReadInput, { marked: number }>
  markAllRead: ActionSpec<NoInput, { marked: number }>
}
