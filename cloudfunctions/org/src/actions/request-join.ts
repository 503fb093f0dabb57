import { defineAction } from '../../../_shared/action'
import type { Database } from '../../../_shared/cloud'
import { invalidArgument, notFound, rateLimited } from '../../../_shared/errors'
import type { JoinStatus, OrgSummary } from '../../../../types/org'
import { requestJoinInput, type RequestJoinInput } from '../../../../types/org.schema'
import { shanghaiClock, shanghaiDay } from '../../../../types/time'
import { findBinding, resolveOpengid } from '../groups'
import { findLiveInvite } from '../invites'
import { membershipId, type MembershipRecord } from '../../../_shared/records/membership'
import { findMembership, reapplyAt, visibleStatus } from '../members'
import { findOrg, toSummary } from '../orgs'

async function orgToJoin(db: Database, input: RequestJoinInput) {
  if ('code' in input) {
    return { orgId: (await findLiveInvite(db, input.code)).orgId, via: 'invite' } as const
  }
  const binding = await findBinding(db, await resolveOpengid(input.groupCloudId))
  if (!binding) throw notFound('这个群绑定的支部')
  return { orgId: binding.orgId, via: 'group' } as const
}

/**
 * Asks to join the branch of an invite or of the group the card was opened in. The request is one row
 * per person and branch, so a double tap or a retry never makes two; the secretary decides. After a
 * decline the person may ask again only once the cool-down is over (`JOIN_COOL_DOWN_MS`).
 */
export const requestJoin = defineAction({
  schema: requestJoinInput,
  policy: { kind: 'signedIn' },
  async run(input, { db, caller, audit }): Promise<JoinStatus & { org: OrgSummary }> {
    const { orgId, via } = await orgToJoin(db, input)
    const [org, existing] = await Promise.all([
      findOrg(db, orgId),
      findMembership(db, orgId, caller.openid),
    ])
    if (org.kind !== 'branch' || org.archived) throw invalidArgument('这个组织不接受入支部申请')
    const standing = visibleStatus(existing)
    if (standing.status === 'active' || standing.status === 'pending') {
      return { ...standing, org: toSummary(org) }
    }
    const again = existing?.status === 'declined' ? reapplyAt(existing) : null
    if (again && again.getTime() > Date.now()) {
      throw rateLimited(
        `你的申请已被婉拒，请在 ${shanghaiDay(again)} ${shanghaiClock(again)} 以后再申请`,
      )
    }
    const request: Omit<MembershipRecord, '_id'> = {
      orgId,
      openid: caller.openid,
      role: 'member',
      status: 'pending',
      via,
      requestedAt: new Date(),
    }
    await db
      .collection('memberships')
      .doc(membershipId(orgId, caller.openid))
      .set({ data: request })
    await audit({
      action: 'org.requestJoin',
      orgId,
      target: caller.openid,
      summary: again ? `被婉拒后再次申请加入“${org.name}”` : `申请加入“${org.name}”`,
    })
    return { status: 'pending', org: toSummary(org) }
  },
})
