import { defineAction, grantOf } from '../../../_shared/action'
import { ANY_ROLE, LEADERS } from '../../../_shared/policy'
import { permits } from '../../../../types/roles'
import { DEFAULT_DUES_RATES, formatFen, type RatesView } from '../../../../types/dues'
import { orgRefInput, setRatesInput } from '../../../../types/dues.schema'
import { customRatesOf } from '../dues'

/** The org's rate table (the 2008 规定's unless its leaders set their own), and who may change it. */
export const getRates = defineAction({
  schema: orgRefInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run(_input, context): Promise<RatesView> {
    const { org, roles } = grantOf(context)
    const custom = await customRatesOf(context.db, org._id)
    return {
      rates: custom ?? DEFAULT_DUES_RATES,
      custom: custom !== null,
      canEdit: permits(roles, LEADERS),
    }
  },
})

/**
 * The leaders replace the org's table whole, or go back to the 规定's (`rates: null`); it applies to
 * declarations made from now on — a declared base keeps the amount it was declared at.
 */
export const setRates = defineAction({
  schema: setRatesInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ rates }, context): Promise<RatesView> {
    const { org } = grantOf(context)
    const settings = context.db.collection('duesSettings')
    if (rates) {
      await settings.doc(org._id).set({
        data: { rates, updatedBy: context.caller.openid, updatedAt: new Date() },
      })
    } else {
      await settings.where({ _id: org._id }).remove()
    }
    await context.audit({
      action: 'dues.setRates',
      orgId: org._id,
      target: org._id,
      summary: rates
        ? `修改党费标准（定额每月 ${formatFen(rates.fixedFen)} 元）`
        : '党费标准恢复为规定标准',
    })
    return { rates: rates ?? DEFAULT_DUES_RATES, custom: rates !== null, canEdit: true }
  },
})
