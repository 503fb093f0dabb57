import { defineAction } from '../../../_shared/action'
import { nicknameOf } from '../../../_shared/audit'
import { conflict } from '../../../_shared/errors'
import { LEADERS } from '../../../_shared/policy'
import { decideJoinInput } from '../../../../types/org.schema'
import { membershipId } from '../members'

/** Approves or declines a pending request; a request is decided once, by whoever is first. */
export const decideJoin = defineAction({
  schema: decideJoinInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId, memberId, approve }, { db, caller, audit }) {
    const now = new Date()
    const status = approve ? ('active' as const) : ('declined' as const)
    const { stats } = (await db
      .collection('memberships')
      .where({ _id: membershipId(orgId, memberId), status: 'pending' })
      .update({
        data: approve
          ? { status, joinedAt: now, decidedBy: caller.openid, decidedAt: now }
          : { status, decidedBy: caller.openid, decidedAt: now },
      })) as { stats: { updated: number } }
    if (stats.updated !== 1) throw conflict('这条申请已经处理过了，请刷新')
    await audit({
      action: 'org.decideJoin',
      orgId,
      target: memberId,
      summary: `${approve ? '批准' : '婉拒'}${await nicknameOf(db, memberId)}的入支部申请`,
    })
    return { status: approve ? ('active' as const) : ('declined' as const) }
  },
})
