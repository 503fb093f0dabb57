import { defineAction, grantOf } from '../../../_shared/action'
import { ANY_ROLE } from '../../../_shared/policy'
import type { Completeness } from '../../../../types/meeting'
import { completenessInput } from '../../../../types/meeting.schema'
import { completenessOf, currentQuarter } from '../completeness'

/**
 * 三会一课 completeness of one org for a quarter (default: the current one): held vs required by the
 * org's rhythm. Two round trips, for the 支部 home and the 台账 page.
 */
export const getCompleteness = defineAction({
  schema: completenessInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<Completeness> {
    const now = new Date()
    const current = currentQuarter(now)
    const year = input.year ?? current.year
    const quarter = input.quarter ?? (input.year ? 1 : current.quarter)
    return completenessOf(context.db, grantOf(context).org, year, quarter, now)
  },
})
