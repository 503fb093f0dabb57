import { defineAction } from '../../../_shared/action'
import type { GroupEntry } from '../../../../types/org'
import { openFromGroupInput } from '../../../../types/org.schema'
import { findBinding, resolveOpengid } from '../groups'
import { findMembership, visibleStatus } from '../members'
import { findOrg, toSummary } from '../orgs'

/** A card opened in a WeChat group: which branch that group is, and where the caller stands. */
export const openFromGroup = defineAction({
  schema: openFromGroupInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run({ groupCloudId }, { db, caller }): Promise<GroupEntry> {
    const binding = await findBinding(db, await resolveOpengid(groupCloudId))
    if (!binding) return { bound: false }
    const [org, membership] = await Promise.all([
      findOrg(db, binding.orgId),
      findMembership(db, binding.orgId, caller.openid),
    ])
    if (org.archived) return { bound: false }
    return { bound: true, org: toSummary(org), ...visibleStatus(membership) }
  },
})
