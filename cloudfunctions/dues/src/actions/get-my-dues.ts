import { defineAction, grantOf } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { ANY_ROLE } from '../../../_shared/policy'
import type { MyDues } from '../../../../types/dues'
import { getMyDuesInput } from '../../../../types/dues.schema'
import {
  addMonths,
  baseFor,
  basesOf,
  monthView,
  thisMonth,
  toBase,
  type EntryRecord,
} from '../dues'

/** The caller's months of a year (this one by default) up to this month or the last paid ahead. */
export const getMyDues = defineAction({
  schema: getMyDuesInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<MyDues> {
    const { org } = grantOf(context)
    const { db, caller } = context
    const now = thisMonth()
    const year = input.year ?? Number(now.slice(0, 4))
    const first = `${year}-01`
    const last = `${year}-12`
    const _ = db.command
    const [bases, entries] = await Promise.all([
      basesOf(db, org._id, caller.openid, last),
      rows<EntryRecord>(
        db
          .collection('duesEntries')
          .where({ orgId: org._id, openid: caller.openid, month: _.gte(first).and(_.lte(last)) })
          .limit(1000)
          .get(),
      ),
    ])
    const lastAhead = entries.reduce((latest, e) => (e.month > latest ? e.month : latest), '')
    const upTo = [now < last ? now : last, lastAhead].sort().pop() ?? now
    const months: string[] = []
    for (let month = first; month <= upTo; month = addMonths(month, 1)) months.push(month)
    const current = baseFor(bases, upTo < now ? upTo : now)
    return {
      orgId: org._id,
      year,
      base: current ? toBase(current) : null,
      months: months.map((month) => monthView(month, baseFor(bases, month), entries)),
    }
  },
})
