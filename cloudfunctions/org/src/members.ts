import type { Database } from '../../_shared/cloud'
import { aggregateRows, rows } from '../../_shared/db'
import type { MemberItem, MembershipStatus } from '../../../types/org'
import type { Role } from '../../../types/user'
import { membershipId, type MembershipRecord } from '../../_shared/records/membership'

export async function findMembership(
  db: Database,
  orgId: string,
  openid: string,
): Promise<MembershipRecord | undefined> {
  const [found] = await rows<MembershipRecord>(
    db
      .collection('memberships')
      .where({ _id: membershipId(orgId, openid) })
      .limit(1)
      .get(),
  )
  return found
}

export function visibleStatus(record: MembershipRecord | undefined): MembershipStatus {
  return record?.status === 'active' || record?.status === 'pending' ? record.status : 'none'
}

/** Leaders first, then members in the order they joined. */
const ROLE_ORDER: Role[] = ['secretary', 'deputy', 'committee', 'admin', 'member', 'probationary']
export const MEMBERS_PAGE_SIZE = 20

interface MemberRow {
  openid: string
  role: Role
  user: { nickname?: string; avatarUrl?: string; phoneMasked?: string }[]
}

/** One page of active members with their names, in one round trip (one extra row tells if more). */
export async function listMembersPage(
  db: Database,
  orgId: string,
  page: number,
  withPhone: boolean,
): Promise<{ items: MemberItem[]; hasMore: boolean }> {
  const $ = db.command.aggregate
  const found = await aggregateRows<MemberRow>(
    db
      .collection('memberships')
      .aggregate()
      .match({ orgId, status: 'active' })
      .addFields({ rank: $.indexOfArray([ROLE_ORDER, '$role']) })
      .sort({ rank: 1, joinedAt: 1, _id: 1 })
      .skip(page * MEMBERS_PAGE_SIZE)
      .limit(MEMBERS_PAGE_SIZE + 1)
      .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'user' })
      .end(),
  )
  const items = found.slice(0, MEMBERS_PAGE_SIZE).map((row): MemberItem => {
    const user = row.user[0] ?? {}
    const item: MemberItem = {
      openid: row.openid,
      nickname: user.nickname ?? '微信用户',
      avatarUrl: user.avatarUrl ?? '',
      role: row.role,
    }
    if (withPhone) item.phoneMasked = user.phoneMasked ?? ''
    return item
  })
  return { items, hasMore: found.length > MEMBERS_PAGE_SIZE }
}
