import type { Database } from '../../_shared/cloud'
import { aggregateRows } from '../../_shared/db'
import { invalidArgument } from '../../_shared/errors'
import type { PersonRef } from '../../../types/meeting'
import type { Role } from '../../../types/user'

/** 正式党员 vote at a 党员大会; 预备党员 attend without a vote, and 管理员 is an office, not a membership. */
export const VOTING_ROLES: readonly Role[] = ['secretary', 'deputy', 'committee', 'member']

export interface People {
  ref(openid: string): PersonRef
  /** The person's role in the meeting's org itself, if they are an active member there. */
  roleHere(openid: string): Role | null
  /** Active members of the org (admins left out); `expectedByKind` picks the default 应到 from them. */
  members: string[]
  /** Of those, who votes (正式党员). */
  voting: string[]
}

interface MembershipRow {
  orgId: string
  openid: string
  role: Role
  status: string
  user: { nickname?: string }[]
}

/**
 * One round trip: every active member of the org, plus anyone else named (a host from above, a proxy
 * signer, a guest), with their names.
 */
export async function loadPeople(
  db: Database,
  orgId: string,
  others: Iterable<string>,
): Promise<People> {
  const _ = db.command
  const extra = [...new Set([...others].filter(Boolean))]
  const match = extra.length
    ? _.or([{ orgId, status: 'active' }, { openid: _.in(extra) }])
    : { orgId, status: 'active' }
  const found = await aggregateRows<MembershipRow>(
    db
      .collection('memberships')
      .aggregate()
      .match(match)
      .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'user' })
      .project({ orgId: 1, openid: 1, role: 1, status: 1, 'user.nickname': 1 })
      .limit(5000)
      .end(),
  )
  const names = new Map<string, string>()
  const roles = new Map<string, Role>()
  for (const row of found) {
    const nickname = row.user[0]?.nickname
    if (nickname) names.set(row.openid, nickname)
    if (row.orgId === orgId && row.status === 'active') roles.set(row.openid, row.role)
  }
  const members = [...roles].filter(([, role]) => role !== 'admin').map(([openid]) => openid)
  return {
    ref: (openid) => ({ openid, nickname: names.get(openid) ?? '微信用户' }),
    roleHere: (openid) => roles.get(openid) ?? null,
    members,
    voting: members.filter((openid) => VOTING_ROLES.includes(roles.get(openid) as Role)),
  }
}

/** Host, recorder and expected attendees must be active members of the org (the creator may host). */
export function requireMembers(
  people: People,
  ids: { hostId: string; recorderId: string; expected: string[] },
  creator: string,
): void {
  const isMember = (openid: string) => people.roleHere(openid) !== null
  if (ids.hostId !== creator && !isMember(ids.hostId)) {
    throw invalidArgument('主持人要是本组织的成员，请重新选择')
  }
  if (ids.recorderId !== creator && !isMember(ids.recorderId)) {
    throw invalidArgument('记录人要是本组织的成员，请重新选择')
  }
  const outsider = ids.expected.find((openid) => !isMember(openid))
  if (outsider) throw invalidArgument('应到人员中有人不是本组织成员，请刷新后重新选择')
}
