import { defineAction, grantOf } from '../../../_shared/action'
import { COMMITTEE, permits } from '../../../_shared/policy'
import type { MonthOverview, OverviewRow } from '../../../../types/dues'
import { SECRETARY_ONLY } from '../../../../types/roles'
import { monthOverviewInput } from '../../../../types/dues.schema'
import { addMonths, baseFor, membersWithDues, monthView } from '../dues'

/** 连续六个月不交纳党费 is the rule a 书记 reviews for 自行脱党; flagged to the 书记 alone. */
export const OVERDUE_MONTHS = 6

/**
 * The month for the collectors (支委会): each member's due, paid and status — amounts only, never a
 * base — in one round trip after the policy's. Members overdue 6 months are flagged only to the 书记.
 */
export const monthOverview = defineAction({
  schema: monthOverviewInput,
  readOnly: true,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ month }, context): Promise<MonthOverview> {
    const grant = grantOf(context)
    const seesOverdue = permits(grant, SECRETARY_ONLY)
    const window = Array.from({ length: OVERDUE_MONTHS }, (_m, i) =>
      addMonths(month, i - (OVERDUE_MONTHS - 1)),
    )
    const found = await membersWithDues(context.db, grant.org._id, window[0], month)
    const members = found.map((row): OverviewRow => {
      const view = monthView(month, baseFor(row.bases, month), row.entries)
      const item: OverviewRow = {
        ...view,
        openid: row.openid,
        nickname: row.user[0]?.nickname ?? '微信用户',
      }
      if (seesOverdue)
        item.overdue = window.every(
          (m) => monthView(m, baseFor(row.bases, m), row.entries).status === 'unpaid',
        )
      return item
    })
    const owing = members.filter((row) => row.status !== 'exempt' && row.status !== 'undeclared')
    return {
      month,
      members,
      dueFen: owing.reduce((sum, row) => sum + (row.dueFen ?? 0), 0),
      paidFen: members.reduce((sum, row) => sum + row.paidFen, 0),
      paid: owing.filter((row) => row.status === 'paid').length,
      unpaid: owing.filter((row) => row.status !== 'paid').length,
    }
  },
})
