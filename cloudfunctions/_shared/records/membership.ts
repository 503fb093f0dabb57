import type { Database } from '../cloud'
import { PARTY_MEMBERS } from '../../../types/roles'
import type { Role } from '../../../types/user'

export type StoredStatus = 'pending' | 'active' | 'left' | 'declined'

/** One row in `memberships`: a person's place in one org. */
export interface MembershipRecord {
  _id: string
  orgId: string
  openid: string
  role: Role
  status: StoredStatus
  via: 'invite' | 'group' | 'seed' | 'admin'
  requestedAt?: Date
  joinedAt?: Date
  decidedAt?: Date
  /** The secretary's short reason for a decline, shown to the person who asked. */
  declineReason?: string
}

/** One membership per person and org: retries and double taps land on the same row. */
export function membershipId(orgId: string, openid: string): string {
  return `${orgId}_${openid}`
}

/** A membership that is active from `joinedAt` (the first admin, appointed rows, the demo seeds). */
export function activeMembership({
  orgId,
  openid,
  role,
  via,
  joinedAt,
}: Pick<MembershipRecord, 'orgId' | 'openid' | 'role' | 'via'> & {
  joinedAt: Date
}): MembershipRecord {
  return { _id: membershipId(orgId, openid), orgId, openid, role, status: 'active', via, joinedAt }
}

/**
 * The match of an active 党员 (正式 or 预备, `PARTY_MEMBERS`): who pays 党费. 入党积极分子 and 群众 belong
 * to the branch but pay none.
 */
export function activePartyMember(db: Database) {
  return { status: 'active', role: db.command.in([...PARTY_MEMBERS]) }
}
