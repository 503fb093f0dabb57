import { PARTY_MEMBERS } from '../../../types/roles'
import { ROLES, type Role } from '../../../types/user'
import type { Who } from '../../helpers/cloud'

/**
 * The people and places of the authorization matrix, and the shape of a case. The expectations are the
 * product rules written out by hand, not read from the code.
 */
export type Person = {
  who: Who
  label: string
  /** Roles held, by org they are held in. */
  roles: Partial<Record<Target, Role>>
  admin?: boolean
}
export type Target = 'org-branch-1' | 'org-branch-2' | 'org-general'

export const PEOPLE: Person[] = [
  { who: 'secretary', label: '书记(支部1)', roles: { 'org-branch-1': 'secretary' } },
  { who: { openid: 'o_demo_deputy' }, label: '副书记(支部1)', roles: { 'org-branch-1': 'deputy' } },
  { who: 'committee', label: '支委(支部1)', roles: { 'org-branch-1': 'committee' } },
  { who: 'member', label: '党员(支部1)', roles: { 'org-branch-1': 'member' } },
  {
    who: { openid: 'o_demo_07' },
    label: '预备党员(支部1)',
    roles: { 'org-branch-1': 'probationary' },
  },
  {
    who: { openid: 'o_demo_activist' },
    label: '入党积极分子(支部1)',
    roles: { 'org-branch-1': 'activist' },
  },
  { who: { openid: 'o_demo_05' }, label: '党员(支部2)', roles: { 'org-branch-2': 'member' } },
  { who: 'admin', label: '党委管理员', roles: {}, admin: true },
  { who: 'resident', label: '群众', roles: {} },
  { who: 'nobody', label: '无身份', roles: {} },
]
export const TARGETS: Target[] = ['org-branch-1', 'org-branch-2', 'org-general']

/** Every role, 入党积极分子 and 群众 included: they may do what a plain member may. */
export const ANY: Role[] = [...ROLES]
/** 党员, 正式 and 预备 (`PARTY_MEMBERS`): not 入党积极分子 or 群众. */
export const PARTY: Role[] = [...PARTY_MEMBERS]
export const LEADERS: Role[] = ['secretary', 'deputy']
export const SECRETARY: Role[] = ['secretary']
export const ADMIN: Role[] = []

/** An action scoped to an org: allowed for `roles` held in the target org (and admins above). */
export interface OrgActionCase {
  fn: string
  action: string
  roles: Role[]
  input(target: Target, who: Who): Record<string, unknown>
  /**
   * Addressed by a record's id (a meeting): someone with no role in the record's org is told it does
   * not exist (NOT_FOUND, as for a made-up id); someone with a role there but not one of `roles` is
   * refused (FORBIDDEN).
   */
  byRecord?: true
}

/** An action any identified person may call (what they then see is scoped inside). */
export interface SignedInCase {
  fn: string
  action: string
  input(who: Who): Record<string, unknown>
}
