import { defineAction } from '../../../_shared/action'
import { updatedCount } from '../../../_shared/db'
import { nicknameOf } from '../../../_shared/audit'
import { conflict } from '../../../_shared/errors'
import { removeMemberInput } from '../../../../types/org.schema'
import { membershipId } from '../../../_shared/records/membership'

/** Removal keeps the row (status left, with who and why) so the record of membership stays. */
export const removeMember = defineAction({
  schema: removeMemberInput,
  policy: { kind: 'org', roles: ['secretary'], orgOf: (input) => input.orgId },
  async run({ orgId, memberId, reason }, { db, caller, audit }) {
    if (memberId === caller.openid) throw conflict('不能把自己移出，请使用“退出组织”')
    const now = new Date()
    const updated = await updatedCount(
      db
        .collection('memberships')
        .where({ _id: membershipId(orgId, memberId), status: 'active' })
        .update({
          data: { status: 'left', leftAt: now, leftReason: reason, removedBy: caller.openid },
        }),
    )
    if (updated !== 1) throw conflict('这位成员已经不在本组织，请刷新')
    await audit({
      action: 'org.removeMember',
      orgId,
      target: memberId,
      summary: `移出成员${await nicknameOf(db, memberId)}：${reason}`,
    })
    return { removed: true as const }
  },
})
