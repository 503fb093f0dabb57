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
import { DEMO_ORGS } from './org-tree'
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
  /** 第二党支部: everyone paid up except this one, this month. */
  elsewhere: { orgId: 'org-branch-2', late: 'o_demo_08' },
} as const

/** The other demo branches declare by a rule: 第二党支部 employed at rising bases, 离退休 retired. */
function declaredIn(orgId: string, openid: string, person: number): [DuesCategory, number | null] {
  if (orgId === ORG) return DECLARED[openid] ?? ['fixed', null]
  if (orgId === 'org-branch-3') return ['retired', 3600 + (person % 5) * 700]
  return ['employed', 2800 + (person % 6) * 1500]
}

function unpaidMonthsAgo(orgId: string, openid: string): number {
  if (orgId !== ORG) return openid === DUES_FACTS.elsewhere.late ? 1 : 0
  if (openid === DUES_FACTS.overdue) return 7
  if (openid === DUES_FACTS.behind) return 2
  if (openid === DUES_FACTS.late || openid === DUES_FACTS.marked) return 1
  return 0
}

const CHANNELS: PaymentChannel[] = ['transfer', 'cash', 'bank']

/** A year of dues for each demo branch, up to and including the seed's month. */
export async function seedDues(db: SeedDb, now: Date): Promise<void> {
  const bases: BaseRecord[] = []
  const entries: EntryRecord[] = []
  const branches = DEMO_ORGS.filter((org) => org.kind === 'branch').map((org) => org._id)
  for (const orgId of branches) {
    const year = branchYear(orgId, shanghaiMonth(now))
    bases.push(...year.bases)
    entries.push(...year.entries)
  }
  await addAll(db, 'duesBases', bases)
  await addAll(db, 'duesEntries', entries)
}

/** One branch's year: each 党员's declaration and the months they paid (confirmed by a collector). */
function branchYear(orgId: string, last: string) {
  const first = addMonths(last, -11)
  const collector = orgId === ORG ? COLLECTOR : peopleOf(orgId)[0]
  const bases: BaseRecord[] = []
  const entries: EntryRecord[] = []
  peopleOf(orgId).forEach((openid, person) => {
    const [category, yuan] = declaredIn(orgId, openid, person)
    const baseFen = yuan === null ? null : yuan * 100
    const due = monthlyDueFen({ category, baseFen })
    bases.push({
      _id: baseId(orgId, openid, first),
      orgId,
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
    const paidUpTo = addMonths(last, -unpaidMonthsAgo(orgId, openid))
    for (let month = first; month <= last; month = addMonths(month, 1)) {
      const paid = month <= paidUpTo
      const marked = !paid && month === last && openid === DUES_FACTS.marked
      if (!paid && !marked) continue
      const at = shanghaiMidnight(`${month}-10`)
      entries.push({
        _id: paymentId(orgId, openid, month),
        orgId,
        openid,
        month,
        kind: 'payment',
        amountFen: due,
        channel: marked ? 'transfer' : CHANNELS[person % CHANNELS.length],
        note: '',
        transactionId: null,
        reason: null,
        status: marked ? 'marked' : 'confirmed',
        createdBy: marked ? openid : collector,
        createdAt: at,
        confirmedBy: marked ? null : collector,
        confirmedAt: marked ? null : at,
      })
    }
  })
  return { bases, entries }
}
