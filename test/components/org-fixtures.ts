import type {
  BranchHome,
  HomePermissions,
  HomeTodo,
  MemberItem,
  OrgKind,
  OrgSummary,
} from '../../types/org'
import type { Reply } from '../../types/errors'
import type { LoginResult, MembershipSummary, Role } from '../../types/user'
import { profile } from './fixtures'

export const branch1: OrgSummary = {
  id: 'org-branch-1',
  name: '第一党支部',
  kind: 'branch',
  parentId: 'org-general',
}
export const branch2: OrgSummary = {
  id: 'org-branch-2',
  name: '第二党支部',
  kind: 'branch',
  parentId: 'org-general',
}

export function membership(org: OrgSummary, role: MembershipSummary['role']): MembershipSummary {
  return { orgId: org.id, orgName: org.name, orgKind: org.kind, role }
}

export function loginWith(memberships: MembershipSummary[], openid = 'o-me'): LoginResult {
  return { profile: { ...profile, openid }, memberships, applications: [], isNew: false }
}

/** What the server's policy module grants each role on a branch (an admin above: everything). */
export function canFor(role: Role | null, kind: OrgKind = 'branch'): HomePermissions {
  const admin = role === 'admin'
  const leads = admin || role === 'secretary' || role === 'deputy'
  const branch = kind === 'branch'
  return {
    manageMembers: admin || role === 'secretary',
    invite: branch && leads,
    decideJoin: branch && leads,
    bindGroup: branch && leads,
    viewAudit: admin || role === 'secretary',
    viewTree: leads,
    publishNotice: leads,
    handleIssues: leads || role === 'committee',
    viewStats: branch ? leads || role === 'committee' : admin || role === 'secretary',
  }
}

export function home(overrides: Partial<BranchHome> = {}): BranchHome {
  const org = overrides.org ?? branch1
  const myRole = overrides.myRole === undefined ? 'member' : overrides.myRole
  return {
    org,
    myRole,
    secretary: { nickname: '王建国' },
    memberCount: 12,
    nonPartyCount: 0,
    upcoming: [],
    notices: [],
    pendingJoinRequests: 0,
    completeness: null,
    todo: noTodo(),
    can: canFor(myRole, org.kind),
    ...overrides,
  }
}

export function member(index: number, overrides: Partial<MemberItem> = {}): MemberItem {
  return {
    openid: `o-member-${index}`,
    nickname: `成员${index}`,
    avatarUrl: '',
    role: 'member',
    ...overrides,
  }
}

export const ok = <T>(data: T): Reply<T> => ({ ok: true, data })

export const refused = (
  code: 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_ARGUMENT' | 'RATE_LIMITED' | 'INTERNAL',
  message: string,
) => ({ ok: false as const, code, message })

/** A home with nothing waiting. */
export function noTodo(overrides: Partial<HomeTodo> = {}): HomeTodo {
  return {
    signIn: [],
    attendanceRequests: { count: 0, meetingId: null },
    issues: { unanswered: 0, overdue: 0, held: 0 },
    lessonsToReview: 0,
    activityReviews: { count: 0, activityId: null },
    requiredLessons: { count: 0, lessonId: null },
    unreadNotices: 0,
    ...overrides,
  }
}
