import { defineAction } from '../../../_shared/action'
import type { InviteView } from '../../../../types/org'
import { inviteCodeInput } from '../../../../types/org.schema'
import { findLiveInvite } from '../invites'
import { findMembership, visibleStatus } from '../members'
import { findOrg, toSummary } from '../orgs'

/** What someone opening an invite card sees before asking to join. */
export const viewInvite = defineAction({
  schema: inviteCodeInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run({ code }, { db, caller }): Promise<InviteView> {
    const invite = await findLiveInvite(db, code)
    const [org, membership] = await Promise.all([
      findOrg(db, invite.orgId),
      findMembership(db, invite.orgId, caller.openid),
    ])
    return { code, org: toSummary(org), ...visibleStatus(membership) }
  },
})
