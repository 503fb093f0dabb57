import {
  addMonths,
  baseId,
  paymentId,
  type BaseRecord,
  type EntryRecord,
} from '../../cloudfunctions/dues/src/dues'
import { monthlyDueFen, type DuesCategory, type PaymentChannel } from '../../types/dues'
import { shanghaiMidnight, shanghaiMonth } from '../../types/time'
import { peopleOf } from './facts'
import { addAll, type SeedDb } from './seed-db'

const ORG = 'org-branch-1'
const COLLECTOR = 'o_demo_committee'

/** Each 第一党支部 member's declaration: category and monthly base in 元 (where it has one). */
const DECLARED: Record<string, [DuesCategory, number | null]> = {
  o_demo_secretary: ['employed', 8600],
  o_demo_committee: ['employed', 6200],
  o_demo_member: ['employed', 4500],
  o_demo_deputy: ['employed', 11000],
  o_demo_01: ['employed', 3000],
  o_demo_04: ['retired', 5200],
  o_demo_07: ['fixed', null],
  o_demo_10: ['exempt', null],
  o_demo_13: ['employed', 2600],
  o_demo_16: ['employed', 4800],
  o_demo_19: ['employed', 7300],
  o_demo_22: ['employed', 3900],
  o_demo_25: ['retired', 4100],
}

/** Who has not paid which of the last months (0 = the seed's month), for tests and the demo. */
export const DUES_FACTS = {
  orgId: ORG,
  exempt: 'o_demo_10',
  exemptReason: '领取最低生活保障金，经支部委员会研究并报党委批准免交',
  /** Unpaid this month and last. */
  behind: 'o_demo_01',
  /** Marked paid by 微信转账 this month, not yet confirmed. */
  marked: 'o_demo_13',
  /** Unpaid the last 7 months: flagged to the 书记. */
  overdue: 'o_demo_16',
  /** Unpaid this month only. */
  late: 'o_demo_19',
} as const

function unpaidMonthsAgo(openid: string): number {
  if (openid === DUES_FACTS.overdue) return 7
  if (openid === DUES_FACTS.behind) return 2
  if (openid === DUES_FACTS.late || openid === DUES_FACTS.marked) return 1
  return 0
}

const CHANNELS: PaymentChannel[] = ['transfer', 'cash', 'bank']

/** A year of dues for 第一党支部, up to and including the seed's month. */
export async function seedDues(db: SeedDb, now: Date): Promise<void> {
  const last = shanghaiMonth(now)
  const first = addMonths(last, -11)
  const bases: BaseRecord[] = []
  const entries: EntryRecord[] = []
  peopleOf(ORG).forEach((openid, person) => {
    const [category, yuan] = DECLARED[openid] ?? ['fixed', null]
    const baseFen = yuan === null ? null : yuan * 100
    const due = monthlyDueFen({ category, baseFen })
    bases.push({
      _id: baseId(ORG, openid, first),
      orgId: ORG,
      openid,
      category,
      baseFen,
      reason: category === 'exempt' ? DUES_FACTS.exemptReason : null,
      fromMonth: first,
      monthlyDueFen: due,
      declaredBy: openid,
      declaredAt: shanghaiMidnight(`${first}-02`),
    })
    if (category === 'exempt') return
    const paidUpTo = addMonths(last, -unpaidMonthsAgo(openid))
    for (let month = first; month <= last; month = addMonths(month, 1)) {
      const paid = month <= paidUpTo
      const marked = !paid && month === last && openid === DUES_FACTS.marked
      if (!paid && !marked) continue
      const at = shanghaiMidnight(`${month}-10`)
      entries.push({
        _id: paymentId(ORG, openid, month),
        orgId: ORG,
        openid,
        month,
        kind: 'payment',
        amountFen: due,
        channel: marked ? 'transfer' : CHANNELS[person % CHANNELS.length],
        note: '',
        transactionId: null,
        reason: null,
        status: marked ? 'marked' : 'confirmed',
        createdBy: marked ? openid : COLLECTOR,
        createdAt: at,
        confirmedBy: marked ? null : COLLECTOR,
        confirmedAt: marked ? null : at,
      })
    }
  })
  await addAll(db, 'duesBases', bases)
  await addAll(db, 'duesEntries', entries)
}
