import { defineAction, grantOf } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { conflict, forbidden, notFound } from '../../../_shared/errors'
import type { MemberItem } from '../../../../types/org'
import { setRoleInput } from '../../../../types/org.schema'
import { ADMINS, permits } from '../../../../types/roles'
import { ROLE_LABELS } from '../../../../types/user'
import { membershipId } from '../../../_shared/records/membership'
import { findMembership } from '../members'

/** The secretary (or an admin above) changes a member's role; nobody changes their own. */
export const setRole = defineAction({
  schema: setRoleInput,
  policy: { kind: 'org', roles: ['secretary'], orgOf: (input) => input.orgId },
  async run({ orgId, memberId, role }, context): Promise<MemberItem> {
    const { roles } = grantOf(context)
    const { db, caller } = context
    if (memberId === caller.openid) throw conflict('不能修改自己的职务，请由上级管理员调整')
    if (ADMINS.includes(role) && !permits(roles, ADMINS))
      throw forbidden('只有上级管理员能任命管理员')
    const membership = await findMembership(db, orgId, memberId)
    if (membership?.status !== 'active') throw notFound('这位成员')
    await db.collection('memberships').doc(membershipId(orgId, memberId)).update({ data: { role } })
    const [user] = await rows<{ nickname?: string; avatarUrl?: string }>(
      db.collection('users').where({ _id: memberId }).limit(1).get(),
    )
    const nickname = user?.nickname || '微信用户'
    await context.audit({
      action: 'org.setRole',
      orgId,
      target: memberId,
      summary: `${nickname}的职务由${ROLE_LABELS[membership.role]}调整为${ROLE_LABELS[role]}`,
    })
    return {
      openid: memberId,
      nickname,
      avatarUrl: user?.avatarUrl ?? '',
      role,
    }
  },
})
