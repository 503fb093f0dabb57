import { ROLES, type Role } from './user'

/**
 * The role sets every rule is written in, and the one question asked of them. Used by the server's
 * policy module, by actions that shape what a reply shows, and by the app's hooks that decide which
 * tools to offer — so the app never offers what the server would refuse.
 *
 * Rule: `admin` (of an org or any org above it) may do everything there; otherwise one of the
 * wanted roles must be held (in the org or above it — the caller passes the roles that apply).
 */
export const ANY_ROLE: readonly Role[] = ROLES
/** 书记 and 副书记 run the branch day to day. */
export const LEADERS: readonly Role[] = ['secretary', 'deputy']
/** 支委会: leaders and committee members. */
export const COMMITTEE: readonly Role[] = ['secretary', 'deputy', 'committee']
/** Only the 书记. */
export const SECRETARY_ONLY: readonly Role[] = ['secretary']
/**
 * 党员, 正式 and 预备: who a 党员 count counts and a 党员大会 expects. 入党积极分子 and 群众 are members
 * of the branch (they read notices, sign up, submit issues) but not party members; 管理员 is an office.
 */
export const PARTY_MEMBERS: readonly Role[] = [
  'secretary',
  'deputy',
  'committee',
  'member',
  'probationary',
]
/** Only an admin of the org or above (nobody below may). */
export const ADMINS: readonly Role[] = ['admin']

/** Whether someone holding `roles` may do what needs one of `wanted`. */
export function permits(roles: readonly Role[], wanted: readonly Role[]): boolean {
  // eslint-disable-next-line no-restricted-syntax -- the one place the admin rule is written
  return roles.some((role) => role === 'admin' || wanted.includes(role))
}
