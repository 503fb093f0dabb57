import type { Role } from '../../../types/user'
import type { Who } from '../../helpers/cloud'
import { ANY, PARTY, LEADERS, type OrgActionCase } from './cases'

/** 支委会: who collects dues and may read a member's base (书记、副书记、支委 — 组织委员 among them). */
const COMMITTEE: Role[] = ['secretary', 'deputy', 'committee']

/** Someone other than the caller, so a "for a member" case never turns into the caller's own. */
const otherThan = (who: Who) => (who === 'member' ? 'o_demo_07' : 'o_demo_member')

export const duesCases: OrgActionCase[] = [
  { fn: 'dues', action: 'getMyDues', roles: ANY, input: (orgId) => ({ orgId }) },
  {
    fn: 'dues',
    action: 'publicSummary',
    roles: ANY,
    input: (orgId) => ({ orgId, year: 2026 }),
  },
  { fn: 'dues', action: 'getRates', roles: ANY, input: (orgId) => ({ orgId }) },
  // One's own base: any 党员 (入党积极分子 and 群众 pay none); someone else's: the 支委会 only.
  {
    fn: 'dues',
    action: 'declareBase',
    roles: PARTY,
    input: (orgId) => ({ orgId, category: 'fixed' }),
  },
  {
    fn: 'dues',
    action: 'declareBase',
    roles: COMMITTEE,
    input: (orgId, who) => ({ orgId, memberId: otherThan(who), category: 'fixed' }),
  },
  {
    fn: 'dues',
    action: 'getBase',
    roles: COMMITTEE,
    input: (orgId, who) => ({ orgId, memberId: otherThan(who) }),
  },
  {
    fn: 'dues',
    action: 'markPaid',
    roles: PARTY,
    input: (orgId) => ({ orgId, months: ['2026-01'], channel: 'cash' }),
  },
  {
    fn: 'dues',
    action: 'confirmPayment',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, memberId: 'o_demo_member', months: ['2026-01'] }),
  },
  {
    fn: 'dues',
    action: 'recordPayment',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, memberId: 'o_demo_member', months: ['2026-01'], channel: 'cash' }),
  },
  {
    fn: 'dues',
    action: 'correctPayment',
    roles: COMMITTEE,
    input: (orgId) => ({
      orgId,
      memberId: 'o_demo_member',
      month: '2026-01',
      amountFen: 100,
      reason: '矩阵测试更正',
      requestId: 'matrix-dues-correct',
    }),
  },
  {
    fn: 'dues',
    action: 'monthOverview',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, month: '2026-01' }),
  },
  // 一键提醒 the month's unpaid: the 支委会, who see that list (a second tap the same day is RATE_LIMITED).
  {
    fn: 'dues',
    action: 'remindUnpaid',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, month: '2026-01' }),
  },
  // The 台账 lists everyone's payments: the 支委会 only (a member is refused).
  {
    fn: 'dues',
    action: 'exportLedger',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, from: '2026-01', to: '2026-01' }),
  },
  {
    fn: 'dues',
    action: 'setRates',
    roles: LEADERS,
    input: (orgId) => ({
      orgId,
      rates: {
        employed: [
          { upToFen: 300_000, basisPoints: 50 },
          { upToFen: null, basisPoints: 100 },
        ],
        retired: [{ upToFen: null, basisPoints: 50 }],
        fixedFen: 20,
      },
    }),
  },
]
