import { defineAction, grantOf } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { updatedCount } from '../../../_shared/db'
import { nicknameOf } from '../../../_shared/audit'
import { conflict } from '../../../_shared/errors'
import { LEADERS } from '../../../_shared/policy'
import { decideJoinInput } from '../../../../types/org.schema'
import { ROLE_LABELS } from '../../../../types/user'
import { membershipId } from '../../../_shared/records/membership'
import { deliver } from '../../../_shared/records/inbox'
import { joinDecided } from '../../../_shared/inbox-messages'

/**
 * Approves a pending request as the standing the secretary picked (党员 unless told otherwise), or
 * declines it with an optional short reason the person sees; a request is decided once, by whoever is
 * first.
 */
export const decideJoin = defineAction({
  schema: decideJoinInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId, memberId, approve, standing = 'member', reason = '' }, context) {
    const { db, caller, audit } = context
    // The reason is shown to the person declined, like a 退回意见.
    if (!approve && reason) await requireCleanText(caller, reason, 'comment', '婉拒原因')
    const now = new Date()
    const decided = { decidedBy: caller.openid, decidedAt: now }
    const updated = await updatedCount(
      db
        .collection('memberships')
        .where({ _id: membershipId(orgId, memberId), status: 'pending' })
        .update({
          data: approve
            ? { ...decided, status: 'active', role: standing, joinedAt: now }
            : { ...decided, status: 'declined', declineReason: reason },
        }),
    )
    if (updated !== 1) throw conflict('这条申请已经处理过了，请刷新')
    await audit({
      action: 'org.decideJoin',
      orgId,
      target: memberId,
      summary: approve
        ? `批准${await nicknameOf(db, memberId)}的入支部申请，身份为${ROLE_LABELS[standing]}`
        : `婉拒${await nicknameOf(db, memberId)}的入支部申请${reason ? `：${reason}` : ''}`,
    })
    const decision = approve ? { approve, standing } : { approve, reason }
    await deliver(db, [joinDecided(grantOf(context).org, memberId, decision, now)])
    return { status: approve ? ('active' as const) : ('declined' as const) }
  },
})
