import { defineAction, grantOf } from '../../../_shared/action'
import { ANY_ROLE, LEADERS } from '../../../_shared/policy'
import { formatFen, type DuesRates } from '../../../../types/dues'
import { orgRefInput, setRatesInput } from '../../../../types/dues.schema'
import { ratesOf } from '../dues'

/** The org's rate table (the 2008 规定's unless its leaders set their own). */
export const getRates = defineAction({
  schema: orgRefInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run(_input, context): Promise<DuesRates> {
    return ratesOf(context.db, grantOf(context).org._id)
  },
})

/** The leaders replace the org's table whole; it applies to declarations made from now on. */
export const setRates = defineAction({
  schema: setRatesInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ rates }, context): Promise<DuesRates> {
    const { org } = grantOf(context)
    await context.db
      .collection('duesSettings')
      .doc(org._id)
      .set({ data: { rates, updatedBy: context.caller.openid, updatedAt: new Date() } })
    await context.audit({
      action: 'dues.setRates',
      orgId: org._id,
      target: org._id,
      summary: `修改党费标准（定额每月 ${formatFen(rates.fixedFen)} 元）`,
    })
    return rates
  },
})
