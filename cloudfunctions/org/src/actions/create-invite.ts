import { defineAction, grantOf } from '../../../_shared/action'
import { invalidArgument } from '../../../_shared/errors'
import { LEADERS } from '../../../_shared/policy'
import type { Invite } from '../../../../types/org'
import { createInviteInput } from '../../../../types/org.schema'
import { INVITE_DAYS, newInviteCode, type InviteRecord } from '../invites'
import { DAY_MS } from '../../../../types/time'

/** A join card / code for a branch, valid for a week. */
export const createInvite = defineAction({
  schema: createInviteInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId }, context): Promise<Invite> {
    const { org } = grantOf(context)
    if (org.kind !== 'branch') throw invalidArgument('只能邀请成员加入党支部')
    const now = new Date()
    const invite: InviteRecord = {
      _id: newInviteCode(),
      orgId,
      createdBy: context.caller.openid,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITE_DAYS * DAY_MS),
    }
    await context.db.collection('invites').add({ data: invite })
    await context.audit({
      action: 'org.createInvite',
      orgId,
      target: invite._id,
      summary: `生成入支部邀请 ${invite._id}`,
    })
    return {
      code: invite._id,
      orgId,
      orgName: org.name,
      expiresAt: invite.expiresAt.toISOString(),
    }
  },
})
