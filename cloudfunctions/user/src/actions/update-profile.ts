import { defineAction } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { notFound } from '../../../_shared/errors'
import type { UserProfile } from '../../../../types/user'
import { updateProfileInput } from '../../../../types/user.schema'
import { findUser, maskPhone, toProfile, type UserRecord } from '../users'

export const updateProfile = defineAction({
  schema: updateProfileInput,
  policy: { kind: 'signedIn' },
  async run(input, { caller, db, audit }): Promise<UserProfile> {
    if (input.nickname) await requireCleanText(caller, input.nickname, 'profile', '昵称')
    const user = await findUser(db, caller.openid)
    if (!user) throw notFound('用户')
    const changes: Partial<UserRecord> = { updatedAt: new Date() }
    if (input.nickname !== undefined) changes.nickname = input.nickname
    if (input.avatarUrl !== undefined) changes.avatarUrl = input.avatarUrl
    if (input.phone !== undefined) changes.phoneMasked = maskPhone(input.phone)
    await db.collection('users').doc(caller.openid).update({ data: changes })
    const changed = Object.keys(input).join('、') || '无'
    await audit({
      action: 'user.updateProfile',
      target: caller.openid,
      summary: `修改资料：${changed}`,
    })
    return toProfile({ ...user, ...changes })
  },
})
