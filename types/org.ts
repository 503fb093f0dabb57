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
  memberCount: number
  upcoming: { kind: 'meeting' | 'activity'; id: string; title: string; startsAt: string }[]
  notices: { id: string; title: string; publishedAt: string }[]
  pendingJoinRequests: number
  /** This quarter's 三会一课 meter (branches only). */
  completeness: Completeness | null
  /** Which tools to offer, decided by the server's policy module (the server checks again). */
  can: HomePermissions
}

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
}

export type MembershipStatus = 'none' | 'pending' | 'active'

export interface JoinRequest {
  openid: string
  nickname: string
  avatarUrl: string
  requestedAt: string
  via: 'invite' | 'group'
}

/** Result of opening a card from a WeChat group. */
export type GroupEntry =
  { bound: false } | { bound: true; org: OrgSummary; status: MembershipStatus }

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
  requestJoin: ActionSpec<RequestJoinInput, { status: MembershipStatus; org: OrgSummary }>
  listJoinRequests: ActionSpec<OrgIdInput, JoinRequest[]>
  decideJoin: ActionSpec<DecideJoinInput, { status: 'active' | 'declined' }>
  setRole: ActionSpec<SetRoleInput, MemberItem>
  removeMember: ActionSpec<RemoveMemberInput, { removed: true }>
  leaveOrg: ActionSpec<OrgIdInput, { left: true }>
  bindGroup: ActionSpec<BindGroupInput, { org: OrgSummary }>
  openFromGroup: ActionSpec<OpenFromGroupInput, GroupEntry>
  listAudit: ActionSpec<ListAuditInput, Page<AuditItem>>
}
