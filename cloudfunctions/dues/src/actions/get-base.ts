import { defineAction, grantOf } from '../../../_shared/action'
import { COMMITTEE } from '../../../_shared/policy'
import type { DuesBase } from '../../../../types/dues'
import { memberRefInput } from '../../../../types/dues.schema'
import { baseFor, basesOf, thisMonth, toBase } from '../dues'

/**
 * A member's base in force this month, for the 支委会 only (the member reads their own in getMyDues).
 * Reading someone else's base is written to the audit trail, found or not.
 */
export const getBase = defineAction({
  schema: memberRefInput,
  readOnly: true,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ memberId: openid }, context): Promise<DuesBase | null> {
    const { org } = grantOf(context)
    const month = thisMonth()
    const base = baseFor(await basesOf(context.db, org._id, openid, month), month)
    if (openid !== context.caller.openid)
      await context.audit({
        action: 'dues.getBase',
        orgId: org._id,
        target: openid,
        summary: '查看党员的党费基数',
      })
    return base ? toBase(base) : null
  },
})
