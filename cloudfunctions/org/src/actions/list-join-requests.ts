import { defineAction } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import { LEADERS } from '../../../_shared/policy'
import type { JoinRequest } from '../../../../types/org'
import { orgIdInput } from '../../../../types/org.schema'

interface RequestRow {
  openid: string
  requestedAt: Date
  via: JoinRequest['via']
  user: { nickname?: string; avatarUrl?: string }[]
}

export const listJoinRequests = defineAction({
  schema: orgIdInput,
  readOnly: true,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId }, { db }): Promise<JoinRequest[]> {
    const found = await aggregateRows<RequestRow>(
      db
        .collection('memberships')
        .aggregate()
        .match({ orgId, status: 'pending' })
        .sort({ requestedAt: 1 })
        .limit(100)
        .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'user' })
        .end(),
    )
    return found.map((row) => ({
      openid: row.openid,
      nickname: row.user[0]?.nickname ?? '微信用户',
      avatarUrl: row.user[0]?.avatarUrl ?? '',
      requestedAt: new Date(row.requestedAt).toISOString(),
      via: row.via === 'group' ? 'group' : 'invite',
    }))
  },
})
