import { issueIdFor } from '../../../cloudfunctions/_shared/records/issue'
import { ADMIN, LEADERS, type OrgActionCase, type SignedInCase, type Target } from './cases'

/** 支委会: the roles that handle issues. */
const COMMITTEE = [...LEADERS, 'committee' as const]

/** Seeded cases (emulator/demo/seed-issue.ts) by state; 第二党支部 has one waiting case. */
const seeded = (openid: string, key: string) => issueIdFor(openid, `seed-${key}`)
const B2_WAITING = seeded('o_demo_05', 'b2-light')
const inBranch = (b1Case: string) => (target: Target) =>
  target === 'org-branch-2' ? B2_WAITING : b1Case

const WAITING = inBranch(seeded('o_demo_resident', 'lamp'))
const ACCEPTED = inBranch(seeded('o_demo_member', 'garbage'))
/** Assigned to 李红梅 (支委), so she may start and reply. */
const ASSIGNED = inBranch(seeded('o_demo_07', 'stairs'))
const IN_PROGRESS = inBranch(seeded('o_demo_resident', 'parking'))
const RESOLVED_WITH_CONSENT = inBranch(seeded('o_demo_10', 'water'))
const HELD = inBranch(seeded('o_demo_04', 'held'))

export const issueCases: OrgActionCase[] = [
  {
    fn: 'issue',
    action: 'listForOrg',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, view: 'pending' }),
  },
  { fn: 'issue', action: 'listAssignees', roles: LEADERS, input: (orgId) => ({ orgId }) },
  {
    fn: 'issue',
    action: 'accept',
    roles: LEADERS,
    input: (orgId) => ({ orgId, issueId: WAITING(orgId) }),
  },
  {
    fn: 'issue',
    action: 'reject',
    roles: LEADERS,
    input: (orgId) => ({ orgId, issueId: WAITING(orgId), reason: '矩阵测试' }),
  },
  {
    fn: 'issue',
    action: 'assign',
    roles: LEADERS,
    input: (orgId) => ({ orgId, issueId: ACCEPTED(orgId), assigneeId: 'o_demo_committee' }),
  },
  {
    fn: 'issue',
    action: 'start',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, issueId: ASSIGNED(orgId) }),
  },
  {
    fn: 'issue',
    action: 'reply',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, issueId: IN_PROGRESS(orgId), body: '矩阵测试的答复内容' }),
  },
  {
    fn: 'issue',
    action: 'publish',
    roles: LEADERS,
    input: (orgId) => ({ orgId, issueId: RESOLVED_WITH_CONSENT(orgId), public: true }),
  },
  {
    fn: 'issue',
    action: 'moderate',
    roles: ADMIN,
    input: (orgId) => ({ orgId, issueId: HELD(orgId), release: true }),
  },
]

let requests = 0

export const issueSignedInCases: SignedInCase[] = [
  { fn: 'issue', action: 'listBranches', input: () => ({}) },
  { fn: 'issue', action: 'listMine', input: () => ({}) },
  { fn: 'issue', action: 'listBoard', input: () => ({ orgId: 'org-branch-1' }) },
  { fn: 'issue', action: 'get', input: () => ({ issueId: WAITING('org-branch-1') }) },
  {
    fn: 'issue',
    action: 'confirm',
    input: () => ({ issueId: seeded('o_demo_member', 'noise'), rating: 5 }),
  },
  {
    fn: 'issue',
    action: 'reopen',
    input: () => ({ issueId: seeded('o_demo_member', 'noise'), reason: '矩阵测试' }),
  },
  {
    fn: 'issue',
    action: 'submit',
    input: () => ({
      requestId: `matrix-request-${++requests}`,
      orgId: 'org-branch-1',
      category: 'other',
      body: '矩阵测试提交的诉求内容',
      contact: 'in_app',
      anonymous: false,
    }),
  },
]
