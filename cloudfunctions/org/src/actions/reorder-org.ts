import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { invalidArgument, notFound } from '../../../_shared/errors'
import { ADMINS, type OrgRecord } from '../../../_shared/policy'
import { byOrgOrder, orderOf, type OrgSummary } from '../../../../types/org'
import { reorderOrgInput } from '../../../../types/org.schema'
import { toSummary } from '../orgs'

/**
 * An admin of the parent moves one of its orgs a place up or down. The org takes an `order` between
 * its new neighbours — one write, so two admins reordering at once never leave a sibling without a
 * place; only when there is no number between them (equal orders) are the siblings renumbered.
 */
export const reorderOrg = defineAction({
  schema: reorderOrgInput,
  policy: { kind: 'org', roles: ADMINS, orgOf: (input) => input.parentId },
  async run({ parentId, orgId, direction }, context): Promise<OrgSummary[]> {
    const { db } = context
    const siblings = (
      await rows<OrgRecord>(
        db.collection('orgs').where({ parentId, archived: false }).limit(1000).get(),
      )
    ).sort(byOrgOrder)
    const at = siblings.findIndex((org) => org._id === orgId)
    if (at < 0) throw notFound('组织')
    const step = direction === 'up' ? -1 : 1
    const neighbour = siblings[at + step]
    if (!neighbour) {
      throw invalidArgument(direction === 'up' ? '已经排在最前面了' : '已经排在最后面了')
    }
    const beyond = siblings[at + 2 * step]
    const near = orderOf(neighbour)
    const order = beyond ? (near + orderOf(beyond)) / 2 : near + step
    const moved = siblings.filter((org) => org._id !== orgId)
    moved.splice(at + step, 0, siblings[at])
    const fits = order !== near && (!beyond || order !== orderOf(beyond))
    const writes = fits
      ? [{ org: siblings[at], order }]
      : moved.map((org, index) => ({ org, order: index + 1 }))
    for (const write of writes) {
      await db
        .collection('orgs')
        .doc(write.org._id)
        .update({ data: { order: write.order } })
    }
    await context.audit({
      action: 'org.reorderOrg',
      orgId: parentId,
      target: orgId,
      summary: `“${siblings[at].name}”${direction === 'up' ? '上移' : '下移'}一位`,
    })
    return moved.map(toSummary)
  },
})
