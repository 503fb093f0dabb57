import { defineAction } from '../../../_shared/action'
import { loadStanding } from '../../../_shared/memberships'
import { noInput } from '../../../../types/contract.schema'
import type { LoginResult } from '../../../../types/user'
import { createUser, findUser, toProfile } from '../users'

/** First open of the app: creates the user from the caller's OPENID, then answers like getProfile. */
export const login = defineAction({
  schema: noInput,
  policy: { kind: 'signedIn' },
  async run(_input, { caller, db, audit }): Promise<LoginResult> {
    const [existing, standing] = await Promise.all([
      findUser(db, caller.openid),
      loadStanding(db, caller.openid),
    ])
    if (existing) return { profile: toProfile(existing), ...standing, isNew: false }
    const created = await createUser(db, caller.openid)
    if (created) {
      await audit({ action: 'user.login', target: caller.openid, summary: '首次登录，创建用户' })
    }
    const user = created ?? (await findUser(db, caller.openid))
    if (!user) throw new Error('user vanished right after it was created')
    return { profile: toProfile(user), ...standing, isNew: Boolean(created) }
  },
})
