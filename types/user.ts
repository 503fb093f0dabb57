import type { ActionSpec } from './contract'
import type { OrgKind } from './org'
import type { NoInput } from './contract.schema'
import type { RecordSubscriptionsInput, UpdateProfileInput } from './user.schema'

export type { RecordSubscriptionsInput, UpdateProfileInput }

/** What the app shows of a person. No ID-card numbers; the phone is stored masked. */
export interface UserProfile {
  openid: string
  nickname: string
  avatarUrl: string
  phoneMasked: string
  createdAt: string
  updatedAt: string
}

export interface MembershipSummary {
  orgId: string
  orgName: string
  orgKind: OrgKind
  role: Role
}

export const ROLES = [
  'secretary',
  'deputy',
  'committee',
  'member',
  'probationary',
  'activist',
  'masses',
  'admin',
] as const
export type Role = (typeof ROLES)[number]

/**
 * What a secretary may approve a join request as: a 党员 (正式 or 预备) moving in, or someone who is
 * not a party member yet — an 入党积极分子 or one of the 群众. Offices (书记, 支委 …) are given later.
 */
export const JOIN_STANDINGS = ['member', 'probationary', 'activist', 'masses'] as const
export type JoinStanding = (typeof JOIN_STANDINGS)[number]

export const ROLE_LABELS: Record<Role, string> = {
  secretary: '书记',
  deputy: '副书记',
  committee: '支委',
  member: '党员',
  probationary: '预备党员',
  activist: '入党积极分子',
  masses: '群众',
  admin: '管理员',
}

export interface LoginResult {
  profile: UserProfile
  memberships: MembershipSummary[]
  /** Requests to join an org that wait for its 书记 (shown as 已提交，等待审批 until decided). */
  applications: { orgId: string; orgName: string }[]
  isNew: boolean
}

export interface UserActions {
  login: ActionSpec<NoInput, LoginResult>
  getProfile: ActionSpec<NoInput, LoginResult>
  updateProfile: ActionSpec<UpdateProfileInput, UserProfile>
  /** Adds one subscribe-message credit per accepted template. */
  recordSubscriptions: ActionSpec<RecordSubscriptionsInput, { recorded: number }>
}
