import { defineAction } from '../../../_shared/action'
import type { Database } from '../../../_shared/cloud'
import { invalidArgument, notFound } from '../../../_shared/errors'
import type { MembershipStatus, OrgSummary } from '../../../../types/org'
import { requestJoinInput, type RequestJoinInput } from '../../../../types/org.schema'
import { findBinding, resolveOpengid } from '../groups'
import { findLiveInvite } from '../invites'
import { membershipId, type MembershipRecord } from '../../../_shared/records/membership'
import { findMembership, visibleStatus } from '../members'
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
 * per person and branch, so a double tap or a retry never makes two; the secretary decides.
 */
export const requestJoin = defineAction({
  schema: requestJoinInput,
  policy: { kind: 'signedIn' },
  async run(input, { db, caller, audit }): Promise<{ status: MembershipStatus; org: OrgSummary }> {
    const { orgId, via } = await orgToJoin(db, input)
    const [org, existing] = await Promise.all([
      findOrg(db, orgId),
      findMembership(db, orgId, caller.openid),
    ])
    if (org.kind !== 'branch' || org.archived) throw invalidArgument('这个组织不接受入支部申请')
    const status = visibleStatus(existing)
    if (status !== 'none') return { status, org: toSummary(org) }
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
      summary: `申请加入“${org.name}”`,
    })
    return { status: 'pending', org: toSummary(org) }
  },
})
