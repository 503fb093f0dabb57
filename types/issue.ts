import type { ActionSpec } from './contract'
import type { NoInput } from './contract.schema'
import type {
  AssignIssueInput,
  ConfirmIssueInput,
  IssueIdInput,
  IssueStepInput,
  ListBoardInput,
  ListForOrgInput,
  ListMineInput,
  ModerateIssueInput,
  PublishIssueInput,
  RejectIssueInput,
  ReopenIssueInput,
  ReplyIssueInput,
  SubmitIssueInput,
} from './issue.schema'
import type { OrgIdInput } from './org.schema'
import type { Page } from './org'

export type {
  AssignIssueInput,
  ConfirmIssueInput,
  IssueIdInput,
  IssueStepInput,
  ListBoardInput,
  ListForOrgInput,
  ListMineInput,
  ModerateIssueInput,
  PublishIssueInput,
  RejectIssueInput,
  ReopenIssueInput,
  ReplyIssueInput,
  SubmitIssueInput,
}

/** What a grassroots issue (群众诉求) is about; each has its own deadline. */
export const ISSUE_CATEGORIES = [
  'environment',
  'facility',
  'property',
  'neighbor',
  'safety',
  'policy',
  'other',
] as const
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number]

export const ISSUE_CATEGORY_LABELS: Record<IssueCategory, string> = {
  environment: '环境卫生',
  facility: '设施维修',
  property: '物业服务',
  neighbor: '邻里纠纷',
  safety: '安全隐患',
  policy: '政策咨询',
  other: '其他',
}

/**
 * Days from submission (or release from review, or reopening) until the branch should have replied.
 * Past it, the cron job escalates the case to the parent org. Safety first; property disputes take
 * longer because they involve the property company.
 */
export const ISSUE_DUE_DAYS: Record<IssueCategory, number> = {
  safety: 3,
  environment: 5,
  policy: 5,
  facility: 7,
  neighbor: 7,
  other: 7,
  property: 10,
}

/** A replied case the submitter does not confirm is resolved automatically after this many days. */
export const AUTO_RESOLVE_DAYS = 7

/** Submissions per person per rolling hour. */
export const ISSUE_RATE_LIMIT = 5

export const ISSUE_MAX_PHOTOS = 9

export const ISSUE_STATUSES = [
  'submitted',
  'accepted',
  'assigned',
  'in_progress',
  'replied',
  'resolved',
  'rejected',
] as const
export type IssueStatus = (typeof ISSUE_STATUSES)[number]

export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  assigned: '已指派',
  in_progress: '办理中',
  replied: '已答复',
  resolved: '已办结',
  rejected: '未受理',
}

/** Shown instead of the status while content security holds the case for a person. */
export const HELD_LABEL = '审核中'

export const CONTACT_PREFERENCES = ['in_app', 'phone', 'visit'] as const
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number]

export const CONTACT_LABELS: Record<ContactPreference, string> = {
  in_app: '在小程序里答复我',
  phone: '电话联系我',
  visit: '上门了解情况',
}

export interface IssuePlace {
  name: string
  address: string
  latitude: number | null
  longitude: number | null
}

export type TimelineKind =
  | 'submitted'
  | 'held'
  | 'released'
  | 'accepted'
  | 'rejected'
  | 'assigned'
  | 'started'
  | 'replied'
  | 'resolved'
  | 'auto_resolved'
  | 'reopened'
  | 'escalated'
  | 'published'
  | 'unpublished'

export const TIMELINE_LABELS: Record<TimelineKind, string> = {
  submitted: '提交诉求',
  held: '内容审核中',
  released: '审核通过',
  accepted: '受理',
  rejected: '不予受理',
  assigned: '指派办理人',
  started: '开始办理',
  replied: '答复',
  resolved: '确认办结',
  auto_resolved: '自动办结',
  reopened: '申请重新办理',
  escalated: '逾期提级督办',
  published: '公开到公示栏',
  unpublished: '撤下公示',
}

export interface TimelineEntry {
  kind: TimelineKind
  at: string
  /** Who, as this viewer may know it: 我, 匿名提交人, 王建国（书记）, 系统. Never an openid. */
  actor: string
  note: string
}

/** What the caller may do with a case now; the server decides, the app shows the buttons. */
export type IssueStep =
  | 'accept'
  | 'reject'
  | 'assign'
  | 'start'
  | 'reply'
  | 'confirm'
  | 'reopen'
  | 'publish'
  | 'unpublish'
  | 'moderate'

export interface IssueSummary {
  id: string
  orgId: string
  orgName: string
  category: IssueCategory
  /** The first line of the description, at most 60 characters. */
  excerpt: string
  status: IssueStatus
  /** Held by content security: only the submitter (and the reviewing admin) sees the case. */
  held: boolean
  anonymous: boolean
  /** 我 for one's own case, 匿名提交人 for an anonymous one, else the nickname at submission. */
  submitterName: string
  /** The caller submitted this case. */
  mine: boolean
  submittedAt: string
  dueAt: string
  overdue: boolean
  escalated: boolean
  assigneeName: string
  photoCount: number
}

export interface IssueReply {
  body: string
  photos: string[]
  /** Reply photos still being checked (审核中): shown to the branch's handlers, not the submitter. */
  checkingPhotos: string[]
  at: string
  by: string
}

export interface IssueDetail extends IssueSummary {
  body: string
  /** fileIDs; show with `fileUrl()`. */
  photos: string[]
  /** Photos still being checked (审核中): only the submitter sees them until they pass. */
  checkingPhotos: string[]
  place: IssuePlace | null
  contact: ContactPreference
  /** Only for the submitter and the case's handlers, and never on an anonymous case. */
  contactPhone: string
  publicConsent: boolean
  public: boolean
  reply: IssueReply | null
  rating: number | null
  ratingComment: string
  rejectReason: string
  reopenCount: number
  escalation: { orgId: string; orgName: string; at: string } | null
  assignedToMe: boolean
  timeline: TimelineEntry[]
  allowed: IssueStep[]
}

export interface SubmitResult {
  issue: IssueDetail
  /** A calm sentence for the submitter (e.g. that the case is being reviewed). */
  message: string
}

export const QUEUE_VIEWS = [
  'pending',
  'active',
  'assignedToMe',
  'replied',
  'closed',
  'escalated',
  'held',
] as const
export type QueueView = (typeof QUEUE_VIEWS)[number]

export const QUEUE_VIEW_LABELS: Record<QueueView, string> = {
  pending: '待受理',
  active: '办理中',
  assignedToMe: '指派给我',
  replied: '待确认',
  closed: '已办结',
  escalated: '逾期督办',
  held: '待审核',
}

export interface IssueQueue extends Page<IssueSummary> {
  counts: Record<QueueView, number>
  /** The caller may review held content here (an admin of this org or above). */
  canModerate: boolean
  /** The caller may accept, reject and assign here (书记, 副书记, admin). */
  canLead: boolean
}

export interface BranchOption {
  id: string
  name: string
}

export interface AssigneeOption {
  memberId: string
  nickname: string
  roleLabel: string
}

/** A resolved case on the branch's public board: nothing that says who asked. */
export interface BoardItem {
  id: string
  category: IssueCategory
  body: string
  reply: string
  rating: number | null
  resolvedAt: string
}

export interface IssueActions {
  listBranches: ActionSpec<NoInput, BranchOption[]>
  submit: ActionSpec<SubmitIssueInput, SubmitResult>
  listMine: ActionSpec<ListMineInput, Page<IssueSummary>>
  get: ActionSpec<IssueIdInput, IssueDetail>
  listForOrg: ActionSpec<ListForOrgInput, IssueQueue>
  listAssignees: ActionSpec<OrgIdInput, AssigneeOption[]>
  accept: ActionSpec<IssueStepInput, IssueDetail>
  reject: ActionSpec<RejectIssueInput, IssueDetail>
  assign: ActionSpec<AssignIssueInput, IssueDetail>
  start: ActionSpec<IssueStepInput, IssueDetail>
  reply: ActionSpec<ReplyIssueInput, IssueDetail>
  confirm: ActionSpec<ConfirmIssueInput, IssueDetail>
  reopen: ActionSpec<ReopenIssueInput, IssueDetail>
  publish: ActionSpec<PublishIssueInput, IssueDetail>
  moderate: ActionSpec<ModerateIssueInput, IssueDetail>
  listBoard: ActionSpec<ListBoardInput, Page<BoardItem> & { orgName: string }>
}
