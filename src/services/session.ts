import Taro from '@tarojs/taro'
import { ADMINS, permits } from '../../types/roles'
import type { LoginResult, MembershipSummary, Role } from '../../types/user'
import { followPerson } from '../platform/elder-mode'
import { getLocalSession, type LocalIdentity } from '../platform/local-session'
import { login } from './user'
import type { ErrorCode } from '../../types/errors'

export type SessionState =
  | { status: 'ready'; result: LoginResult; identity: LocalIdentity | null }
  /** H5 preview only: nobody has picked a demo identity yet. */
  | { status: 'needs-identity' }
  | { status: 'error'; code?: ErrorCode; message: string }

let current: Promise<SessionState> | null = null

/**
 * Who the user is and which orgs they belong to, logged in once per app session and shared by every
 * page. `refresh` logs in again (after joining an org, on pull-down, or when 我的 shows).
 */
export function loadSession({
  refresh = false,
}: { refresh?: boolean } = {}): Promise<SessionState> {
  if (current && !refresh) return current
  const call = fetchSession()
  current = call
  // Only a ready session is kept: a failure or a missing demo identity is asked again next time.
  void call.then((state) => {
    if (state.status !== 'ready' && current === call) current = null
  })
  return call
}

/** Drops the cached session, so the next `loadSession()` logs in again. */
export function forgetSession(): void {
  current = null
}

async function fetchSession(): Promise<SessionState> {
  let identity: LocalIdentity | null = null
  if (process.env.TARO_ENV === 'h5') {
    try {
      identity = await getLocalSession()
    } catch (error) {
      return { status: 'error', message: (error as Error).message }
    }
    if (!identity) return { status: 'needs-identity' }
  }
  const reply = await login()
  if (!reply.ok) return { status: 'error', code: reply.code, message: reply.message }
  followPerson(reply.data.profile.openid)
  return { status: 'ready', result: reply.data, identity }
}

const CURRENT_ORG_KEY = 'zhibu.currentOrg'

/** One entry per org (a person may hold two roles in one org), in the order login returned them. */
export function distinctOrgs(memberships: MembershipSummary[]): MembershipSummary[] {
  const seen = new Set<string>()
  return memberships.filter((membership) => {
    if (seen.has(membership.orgId)) return false
    seen.add(membership.orgId)
    return true
  })
}

/** The org the 支部 tab shows: the one picked last time if still a membership, else a branch. */
export function currentMembership(memberships: MembershipSummary[]): MembershipSummary | null {
  const saved: unknown = Taro.getStorageSync(CURRENT_ORG_KEY)
  return (
    memberships.find((membership) => membership.orgId === saved) ??
    memberships.find((membership) => membership.orgKind === 'branch') ??
    memberships[0] ??
    null
  )
}

export function rememberCurrentOrg(orgId: string): void {
  Taro.setStorageSync(CURRENT_ORG_KEY, orgId)
}

export function rolesIn(memberships: MembershipSummary[], orgId: string): Role[] {
  return memberships.filter((m) => m.orgId === orgId).map((m) => m.role)
}

/**
 * An admin of an org may act in every org below it. The client does not know the tree, so any admin
 * membership shows the admin tools; the server decides and its refusal message is shown.
 */
export function holdsAdmin(memberships: MembershipSummary[]): boolean {
  return permits(
    memberships.map((membership) => membership.role),
    ADMINS,
  )
}

/**
 * Whether to offer, in `orgId`, what the server allows to one of `wanted` (a role set from
 * types/roles.ts). Only a hint: the server decides again, with the tree it knows.
 */
export function permitsIn(
  memberships: MembershipSummary[],
  orgId: string,
  wanted: readonly Role[],
): boolean {
  return holdsAdmin(memberships) || permits(rolesIn(memberships, orgId), wanted)
}
