import { defineAction, grantOf } from '../../../_shared/action'
import { ANY_ROLE } from '../../../_shared/policy'
import type { PublicMonth, PublicSummary } from '../../../../types/dues'
import { publicSummaryInput } from '../../../../types/dues.schema'
import { addMonths, baseFor, membersWithDues, monthView, thisMonth } from '../dues'

/**
 * 党务公开 for every member of the branch: per month the total received and how many paid or not —
 * no names, no amounts per person. Counts the branch’s current members (a month marked but not yet
 * confirmed counts as unpaid); months up to this one.
 */
export const publicSummary = defineAction({
  schema: publicSummaryInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ year }, context): Promise<PublicSummary> {
    const { org } = grantOf(context)
    const first = `${year}-01`
    const now = thisMonth()
    const last = `${year}-12` < now ? `${year}-12` : now
    const found = first <= last ? await membersWithDues(context.db, org._id, first, last) : []
    const months: PublicMonth[] = []
    for (let month = first; month <= last; month = addMonths(month, 1)) {
      const views = found.map((row) => monthView(month, baseFor(row.bases, month), row.entries))
      const owing = views.filter((view) => view.status !== 'exempt' && view.status !== 'undeclared')
      months.push({
        month,
        receivedFen: views.reduce((sum, view) => sum + view.paidFen, 0),
        paid: owing.filter((view) => view.status === 'paid').length,
        unpaid: owing.filter((view) => view.status !== 'paid').length,
      })
    }
    return {
      orgId: org._id,
      year,
      months,
      receivedFen: months.reduce((sum, month) => sum + month.receivedFen, 0),
    }
  },
})
