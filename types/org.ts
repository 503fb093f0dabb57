import type { ActionSpec } from './contract'
import type { Completeness } from './meeting'
import type {
  BindGroupInput,
  CreateInviteInput,
  CreateOrgInput,
  DecideJoinInput,
  GetHomeInput,
  InviteCodeInput,
  ListAuditInput,
  ListMembersInput,
  MoveOrgInput,
  OpenFromGroupInput,
  OrgIdInput,
  RemoveMemberInput,
  RenameOrgInput,
  ReorderOrgInput,
  RequestJoinInput,
  SetRoleInput,
} from './org.schema'
import { DAY_MS } from './time'
import type { Role } from './user'

export const ORG_KINDS = ['committee', 'general_branch', 'branch', 'group'] as const
export type OrgKind = (typeof ORG_KINDS)[number]

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  group: '党小组',
}

/** Which kinds may sit directly under which: 党委 → 总支/支部, 总支 → 支部, 支部 → 党小组. */
export const CHILD_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  committee: ['general_branch', 'branch'],
  general_branch: ['branch'],
  branch: ['group'],
  group: [],
}

/**
 * Where an org stands among its siblings. `order` is set when the org is created (its creation time
 * in ms, so no read is needed and concurrent creations never collide on one value except within the
 * same millisecond) and by the demo seeds (1, 2, 3 …); an org made before there was an `order` stands
 * where its creation time puts it — the same scale, so old and new orgs keep creation order.
 */
export interface Orderable {
  name: string
  order?: number
  createdAt?: Date | string
}

export function orderOf(org: Orderable): number {
  if (typeof org.order === 'number') return org.order
  const created = org.createdAt === undefined ? Number.NaN : new Date(org.createdAt).getTime()
  return Number.isNaN(created) ? Number.MAX_SAFE_INTEGER : created
}

/** Display order: by `order` (else creation time), then by name in 拼音 order. */
export function byOrgOrder(a: Orderable, b: Orderable): number {
  return orderOf(a) - orderOf(b) || a.name.localeCompare(b.name, 'zh-Hans-CN')
}

export interface OrgSummary {
  id: string
  name: string
  kind: OrgKind
  parentId: string
}

export interface MemberItem {
  openid: string
  nickname: string
  avatarUrl: string
  role: Role
  /** Only shown to the secretary, deputy and admins above. */
  phoneMasked?: string
}

export interface Page<T> {
  items: T[]
  /** Pass back as `page` for the next page; null when this was the last. */
  nextPage: number | null
}

/** What the 支部 home tab shows. Other domains fill `upcoming` and `notices` as they land. */
export interface BranchHome {
  org: OrgSummary
  /** The caller's role here, or null for an admin of an org above looking in. */
  myRole: Role | null
  secretary: { nickname: string } | null
  /** 党员 here, 正式 and 预备 (`PARTY_MEMBERS`); 入党积极分子, 群众 and 管理员 are not counted. */
  memberCount: number
  /** 入党积极分子 and 群众 in the branch, shown beside the 党员 count, never in it. */
  nonPartyCount: number
  /** Next meetings and activities; `live` says one is under way (a meeting: sign-in open). */
  upcoming: {
    kind: 'meeting' | 'activity'
    id: string
    title: string
    startsAt: string
    live: boolean
    /** The org holding it, when it is not this one (a 党委's home lists its branches' activities). */
    orgName?: string
  }[]
  notices: { id: string; title: string; publishedAt: string; read: boolean }[]
  pendingJoinRequests: number
  /** What needs this person now: shown first, each one tap away. */
  todo: HomeTodo
  /** This quarter's 三会一课 meter (branches only). */
  completeness: Completeness | null
  /** Which tools to offer, decided by the server's policy module (the server checks again). */
  can: HomePermissions
}

/**
 * The 今日待办 of the 支部 home. A count is 0 where the person may not act on it (a member sees no
 * requests waiting for the 书记); the server's policy decides, the page only shows.
 */
export interface HomeTodo {
  /** Meetings of this org open for sign-in now (30 minutes before the start until the end). */
  signIn: { id: string; title: string; endsAt: string; mine: SignInStanding }[]
  /** 请假/补签 requests waiting for a decision (书记, 副书记), and the meeting of the oldest. */
  attendanceRequests: { count: number; meetingId: string | null }
  /**
   * 诉求 of the org's subtree not yet accepted, and open ones past their deadline (支委会); held by
   * content security for review (上级党组织管理员 only, who decides them).
   */
  issues: { unanswered: number; overdue: number; held: number }
  /** Lessons of the org's subtree waiting for this person's review (书记, or 支委 where it fell to them). */
  lessonsToReview: number
  /** Held activities, photos and 心得 of the org's recent activities waiting for a 支委, and where. */
  activityReviews: { count: number; activityId: string | null }
  /** 规定动作 due within 7 days the person (a 党员 here) has not finished, and the soonest due. */
  requiredLessons: { count: number; lessonId: string | null }
  /** Of this org's latest notices (up to 20), those the person has not signed for. */
  unreadNotices: number
}

/** Where the person stands at a meeting open for sign-in. */
export type SignInStanding = 'host' | 'toSignIn' | 'signedIn' | 'excused' | 'notExpected'

export interface HomePermissions {
  manageMembers: boolean
  invite: boolean
  decideJoin: boolean
  bindGroup: boolean
  viewAudit: boolean
  viewTree: boolean
  publishNotice: boolean
  /** 支委会 handles grassroots issues (issue.listForOrg and the steps after it). */
  handleIssues: boolean
  /** The dashboard of this org (stats: a branch's for its 支委会, a committee's for its 书记 and admins). */
  viewStats: boolean
}

export interface Invite {
  code: string
  orgId: string
  orgName: string
  expiresAt: string
}

export interface InviteView {
  code: string
  org: OrgSummary
  /** The caller's standing in that org. */
  status: MembershipStatus
  /** Only when `status` is 'declined'. */
  declined?: DeclinedJoin
}

export type MembershipStatus = 'none' | 'pending' | 'active' | 'declined'

/** A declined request, as the person who asked sees it. */
export interface DeclinedJoin {
  /** The secretary's short reason; '' when none was given. */
  reason: string
  /** From then on they may ask again (`JOIN_COOL_DOWN_MS` after the decline). */
  reapplyAt: string
}

/** How long after a decline a new request is refused, so one person cannot ask again and again. */
export const JOIN_COOL_DOWN_MS = DAY_MS

/** Where the caller stands in a branch they are looking at joining. */
export interface JoinStatus {
  status: MembershipStatus
  declined?: DeclinedJoin
}

/** Whether asking to join is open to them now: never asked, left, or declined and the cool-down over. */
export function mayRequestJoin(standing: JoinStatus, now: Date): boolean {
  if (standing.status === 'none') return true
  if (standing.status !== 'declined') return false
  return new Date(standing.declined?.reapplyAt ?? 0).getTime() <= now.getTime()
}

export interface JoinRequest {
  openid: string
  nickname: string
  avatarUrl: string
  requestedAt: string
  via: 'invite' | 'group'
}

/** Result of opening a card from a WeChat group. */
export type GroupEntry = { bound: false } | ({ bound: true; org: OrgSummary } & JoinStatus)

export interface AuditItem {
  id: string
  at: string
  actorNickname: string
  action: string
  orgId: string
  summary: string
}

export interface OrgActions {
  getHome: ActionSpec<GetHomeInput, BranchHome>
  listMembers: ActionSpec<ListMembersInput, Page<MemberItem>>
  getTree: ActionSpec<OrgIdInput, OrgSummary[]>
  createOrg: ActionSpec<CreateOrgInput, OrgSummary>
  renameOrg: ActionSpec<RenameOrgInput, OrgSummary>
  moveOrg: ActionSpec<MoveOrgInput, OrgSummary>
  /** The parent's children, in their new display order. */
  reorderOrg: ActionSpec<ReorderOrgInput, OrgSummary[]>
  archiveOrg: ActionSpec<OrgIdInput, OrgSummary>
  createInvite: ActionSpec<CreateInviteInput, Invite>
  viewInvite: ActionSpec<InviteCodeInput, InviteView>
  requestJoin: ActionSpec<RequestJoinInput, JoinStatus & { org: OrgSummary }>
  listJoinRequests: ActionSpec<OrgIdInput, JoinRequest[]>
  decideJoin: ActionSpec<DecideJoinInput, { status: 'active' | 'declined' }>
  setRole: ActionSpec<SetRoleInput, MemberItem>
  removeMember: ActionSpec<RemoveMemberInput, { removed: true }>
  leaveOrg: ActionSpec<OrgIdInput, { left: true }>
  bindGroup: ActionSpec<BindGroupInput, { org: OrgSummary }>
  openFromGroup: ActionSpec<OpenFromGroupInput, GroupEntry>
  listAudit: ActionSpec<ListAuditInput, Page<AuditItem>>
}
