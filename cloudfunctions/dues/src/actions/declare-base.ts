import { defineAction, grantOf } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import { forbidden, invalidArgument } from '../../../_shared/errors'
import { COMMITTEE, permits } from '../../../_shared/policy'
import { PARTY_MEMBERS } from '../../../../types/roles'
import { DUES_CATEGORY_LABELS, monthlyDueFen, type DuesBase } from '../../../../types/dues'
import { declareBaseInput } from '../../../../types/dues.schema'
import {
  addMonths,
  baseId,
  ratesOf,
  requireMember,
  requireSelfPayer,
  thisMonth,
  toBase,
  type BaseRecord,
} from '../dues'

/**
 * A member declares their own base in their branch; the 支委会 (书记、副书记、支委 — the 组织委员 among
 * them) may record it for a member, and only they record an exemption (the branch's decision). It applies from `fromMonth` (this month by default, at most a
 * year back or next month) at the org's rates of today.
 */
export const declareBase = defineAction({
  schema: declareBaseInput,
  policy: { kind: 'org', roles: PARTY_MEMBERS, orgOf: (input) => input.orgId },
  async run(input, context): Promise<DuesBase> {
    const grant = grantOf(context)
    const { db, caller } = context
    const openid = input.memberId ?? caller.openid
    const forSomeoneElse = openid !== caller.openid
    if (forSomeoneElse && !permits(grant, COMMITTEE))
      throw forbidden('只有支委会成员可以为其他党员登记党费基数')
    if (input.category === 'exempt' && !permits(grant, COMMITTEE))
      throw forbidden('免交须由支部研究决定，请联系组织委员登记')
    const now = thisMonth()
    const fromMonth = input.fromMonth ?? now
    if (fromMonth < addMonths(now, -12) || fromMonth > addMonths(now, 1))
      throw invalidArgument('生效月份只能是近一年内或下个月')
    if (forSomeoneElse) await requireMember(db, grant.org._id, openid)
    else await requireSelfPayer(db, grant, openid)
    if (input.reason) await requireCleanText(caller, input.reason, 'comment', '原因')
    const rates = await ratesOf(db, grant.org._id)
    const record: BaseRecord = {
      _id: baseId(grant.org._id, openid, fromMonth),
      orgId: grant.org._id,
      openid,
      category: input.category,
      baseFen: input.baseFen ?? null,
      reason: input.reason ?? null,
      fromMonth,
      monthlyDueFen: monthlyDueFen(
        { category: input.category, baseFen: input.baseFen ?? null },
        rates,
      ),
      declaredBy: caller.openid,
      declaredAt: new Date(),
    }
    const { _id, ...data } = record
    await db.collection('duesBases').doc(_id).set({ data })
    // The line names whose base and from when — never the amount.
    await context.audit({
      action: 'dues.declareBase',
      orgId: grant.org._id,
      target: openid,
      summary: `${forSomeoneElse ? '为党员登记' : '申报'}党费基数（${DUES_CATEGORY_LABELS[input.category]}，${fromMonth} 起）`,
    })
    return toBase(record)
  },
})
