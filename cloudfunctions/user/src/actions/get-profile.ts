import { defineAction } from '../../../_shared/action'
import { notFound } from '../../../_shared/errors'
import { loadStanding } from '../../../_shared/memberships'
import { noInput } from '../../../../types/contract.schema'
import type { LoginResult } from '../../../../types/user'
import { findUser, toProfile } from '../users'

export const getProfile = defineAction({
  schema: noInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run(_input, { caller, db }): Promise<LoginResult> {
    const [user, standing] = await Promise.all([
      findUser(db, caller.openid),
      loadStanding(db, caller.openid),
    ])
    if (!user) throw notFound('用户')
    return { profile: toProfile(user), ...standing, isNew: false }
  },
})
