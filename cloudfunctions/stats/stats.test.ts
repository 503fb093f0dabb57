import { cloud } from '../../emulator/local-cloud'
import {
  call,
  callOk,
  DEMO_SEEDED_AT,
  seedDemo,
  storeContents,
  type Who,
} from '../../test/helpers/cloud'
import type { MonthOverview } from '../../types/dues'
import type { Completeness } from '../../types/meeting'
import { TREND_MONTHS, type BranchDashboard, type CommitteeDashboard } from '../../types/stats'

/**
 * The dashboards against figures worked out by hand on a small committee built here (测试党委 → 测试总支
 * → 第一支部 with a 党小组, 第二支部), at a fixed time; and on the demo data, their round trips and
 * agreement with the meeting function's own completeness.
 */

// 2026-11-20 12:00 in Beijing: Q4 (10-01 … 12-31) is 50.5 of 92 days in; the trend is 2026-06 … 2026-11.
const NOW = new Date('2026-11-20T04:00:00.000Z')
const HOUR = 3600 * 1000
/** A Beijing wall-clock time as a UTC instant. */
const cst = (text: string) => new Date(`${text}+08:00`)

const ROOT = 'org-t-root'
const GENERAL = 'org-t-general'
const B1 = 'org-t-b1'
const B2 = 'org-t-b2'
const G1 = 'org-t-g1'

const PEOPLE = {
  admin: { openid: 't_admin' },
  generalSecretary: { openid: 't_gsec' },
  secretary: { openid: 't_sec' },
  committee: { openid: 't_m3' },
  member: { openid: 't_m1' },
  otherBranch: { openid: 't_b2m' },
} satisfies Record<string, Who>

const path = {
  [ROOT]: [] as string[],
  [GENERAL]: [ROOT],
  [B1]: [ROOT, GENERAL],
  [B2]: [ROOT, GENERAL],
  [G1]: [ROOT, GENERAL, B1],
}

const org = (_id: keyof typeof path, name: string, kind: string, parentId: string, order = 1) => ({
  _id,
  name,
  kind,
  parentId,
  ancestors: path[_id],
  archived: false,
  order,
  createdAt: NOW,
})

const member = (orgId: string, openid: string, role: string, status = 'active') => ({
  _id: `${orgId}_${openid}`,
  orgId,
  openid,
  role,
  status,
  via: 'seed',
  joinedAt: NOW,
})

const meeting = (
  _id: string,
  orgId: string,
  kind: string,
  start: string,
  expected: string[],
  extra: Record<string, unknown> = {},
) => ({
  _id,
  orgId,
  kind,
  title: _id,
  agenda: '',
  startsAt: cst(start),
  endsAt: new Date(cst(start).getTime() + HOUR),
  place: '',
  hostId: 't_sec',
  recorderId: 't_sec',
  expected,
  secret: '00',
  status: 'scheduled',
  cancelReason: '',
  createdBy: 't_sec',
  createdAt: NOW,
  updatedAt: NOW,
  minutes: null,
  minutesVersion: 0,
  reminded: true,
  ...extra,
})

const attendance = (meetingId: string, orgId: string, openid: string, status: string) => ({
  _id: `${meetingId}_${openid}`,
  meetingId,
  orgId,
  openid,
  status,
  method: null,
  at: null,
  by: null,
  reason: '',
  request: null,
  updatedAt: NOW,
})

const activity = (
  _id: string,
  orgId: keyof typeof path,
  kind: string,
  start: string,
  extra: Record<string, unknown> = {},
) => ({
  _id,
  orgId,
  orgPath: [...path[orgId], orgId],
  kind,
  title: _id,
  startsAt: cst(start),
  endsAt: new Date(cst(start).getTime() + 3 * HOUR),
  status: 'published',
  monthKey: start.slice(0, 7),
  checkedIn: 0,
  ...extra,
})

const lesson = (_id: string, requiredOrgId: string, due: string, status = 'published') => ({
  _id,
  orgId: ROOT,
  title: `课程${_id}`,
  status,
  requiredOrgId,
  requiredDue: requiredOrgId ? cst(due) : null,
})

const progress = (lessonId: string, openid: string, completed = true) => ({
  _id: `${lessonId}_${openid}`,
  lessonId,
  openid,
  orgId: B1,
  percent: completed ? 100 : 40,
  completedAt: completed ? NOW : null,
})

const issue = (
  _id: string,
  orgId: typeof B1 | typeof B2,
  status: string,
  extra: Record<string, unknown> = {},
) => ({
  _id,
  orgId,
  orgPath: [...path[orgId], orgId],
  status,
  held: false,
  escalated: false,
  autoResolved: false,
  rating: null,
  dueAt: cst('2026-12-31T00:00'),
  submittedAt: cst('2026-11-19T00:00'),
  repliedAt: null,
  resolvedAt: null,
  ...extra,
})

const utc = (text: string) => new Date(`${text}Z`)

/** Every case of the rules, each with the figure it should (or should not) move. */
async function seedSmallCommittee() {
  const db = cloud.database()
  const add = (collection: string, docs: object[]) =>
    db.collection(collection).add({ data: docs as never })
  await add('orgs', [
    org(ROOT, '测试党委', 'committee', ''),
    org(GENERAL, '测试总支', 'general_branch', ROOT),
    org(B1, '第一支部', 'branch', GENERAL),
    org(B2, '第二支部', 'branch', GENERAL, 2),
    org(G1, '第一党小组', 'group', B1),
  ])
  await add('memberships', [
    member(ROOT, 't_admin', 'admin'),
    member(GENERAL, 't_gsec', 'secretary'),
    member(B1, 't_sec', 'secretary'),
    member(B1, 't_m1', 'member'),
    member(B1, 't_m2', 'member'),
    member(B1, 't_m3', 'committee'),
    member(B1, 't_left', 'member', 'left'),
    // Not a 党员: never in the 党员 figure.
    member(B1, 't_masses', 'masses'),
    member(B2, 't_b2sec', 'secretary'),
    member(B2, 't_b2m', 'member'),
  ])
  const everyone = ['t_sec', 't_m1', 't_m2', 't_m3']
  await add('meetings', [
    // October 党员大会 with minutes: 4 expected, 2 attended (the guest from 第二支部 does not count).
    meeting('t-m1', B1, 'congress', '2026-10-10T14:00', everyone, { minutesVersion: 1 }),
    // November 支委会 with minutes: 2 of 2, one of them signed in by proxy.
    meeting('t-m2', B1, 'committee', '2026-11-05T19:00', ['t_sec', 't_m1'], { minutesVersion: 1 }),
    // Not over yet, cancelled, or before the trend window: none of them count anywhere.
    meeting('t-m3', B1, 'committee', '2026-11-25T19:00', ['t_sec', 't_m1']),
    meeting('t-m4', B1, 'lecture', '2026-10-20T14:00', everyone, { status: 'cancelled' }),
    meeting('t-m7', B1, 'themeDay', '2026-04-10T09:00', everyone),
    // August (last quarter): trend only — 1 of 3 (an absence and a pending request do not count).
    meeting('t-m5', B1, 'committee', '2026-08-15T19:00', ['t_sec', 't_m1', 't_m2']),
    // The 党小组's own 党小组会 with minutes: attendance of the branch, and the branch's 党小组会.
    meeting('t-m6', G1, 'group', '2026-11-12T19:00', ['t_m2', 't_m3'], { minutesVersion: 1 }),
    // October 支委会 nobody signed in to, minuted anyway: 0 of 2, and not held.
    meeting('t-m8', B1, 'committee', '2026-10-08T19:00', ['t_sec', 't_m1'], { minutesVersion: 1 }),
    // October 党小组会 of the branch itself, attended but never minuted: not held.
    meeting('t-m9', B1, 'group', '2026-10-22T19:00', ['t_m2']),
    meeting('t-n1', B2, 'congress', '2026-11-10T14:00', ['t_b2sec', 't_b2m'], {
      minutesVersion: 1,
    }),
  ])
  await add('attendance', [
    attendance('t-m1', B1, 't_sec', 'present'),
    attendance('t-m1', B1, 't_m1', 'late'),
    attendance('t-m1', B1, 't_m2', 'leave'),
    attendance('t-m1', B1, 't_b2m', 'present'),
    attendance('t-m2', B1, 't_sec', 'proxy'),
    attendance('t-m2', B1, 't_m1', 'present'),
    attendance('t-m5', B1, 't_sec', 'present'),
    attendance('t-m5', B1, 't_m1', 'absent'),
    attendance('t-m5', B1, 't_m2', 'pending'),
    attendance('t-m6', G1, 't_m2', 'present'),
    attendance('t-m6', G1, 't_m3', 'present'),
    attendance('t-m7', B1, 't_sec', 'present'),
    attendance('t-m9', B1, 't_m2', 'present'),
    attendance('t-n1', B2, 't_b2sec', 'present'),
    attendance('t-n1', B2, 't_b2m', 'present'),
  ])
  await add('activities', [
    // 主题党日 held as an activity in November: an activity, and November's 主题党日.
    activity('t-a1', B1, 'themeDay', '2026-11-15T09:00', { checkedIn: 3 }),
    activity('t-a2', B1, 'volunteer', '2026-10-03T09:00'),
    activity('t-a3', B1, 'volunteer', '2026-10-05T09:00', { status: 'cancelled' }),
    activity('t-a4', B1, 'volunteer', '2026-11-28T09:00'),
    // The 党小组's 主题党日: the branch's activity, not the branch's 主题党日.
    activity('t-a5', G1, 'themeDay', '2026-10-18T09:00', { checkedIn: 2 }),
    activity('t-a6', B1, 'volunteer', '2026-09-20T09:00'),
  ])
  await add('lessons', [
    lesson('t-l1', ROOT, '2026-11-10T00:00'),
    lesson('t-l2', B1, '2026-12-15T00:00'),
    // Due last quarter, not required, not published: not this quarter's required lessons.
    lesson('t-l3', ROOT, '2026-09-10T00:00'),
    lesson('t-l4', '', ''),
    lesson('t-l5', ROOT, '2026-12-01T00:00', 'pending'),
  ])
  await add('lessonProgress', [
    progress('t-l1', 't_sec'),
    progress('t-l1', 't_m1'),
    progress('t-l1', 't_m2', false),
    progress('t-l1', 't_admin'),
    progress('t-l1', 't_left'),
    progress('t-l1', 't_b2sec'),
    progress('t-l1', 't_b2m'),
    progress('t-l2', 't_m1'),
    progress('t-l2', 't_m3'),
    progress('t-l3', 't_m2'),
    progress('t-l4', 't_m2'),
  ])
  await add('issues', [
    issue('t-i1', B1, 'submitted', { dueAt: cst('2026-11-18T00:00'), escalated: true }),
    issue('t-i2', B1, 'in_progress', { dueAt: cst('2026-11-25T00:00') }),
    issue('t-i3', B1, 'accepted', { dueAt: cst('2026-11-19T00:00') }),
    // Resolved in 48 h (5 stars), 24 h (3 stars), and closed automatically 10 h after the reply.
    issue('t-i4', B1, 'resolved', {
      submittedAt: utc('2026-10-01T00:00'),
      resolvedAt: utc('2026-10-03T00:00'),
      rating: 5,
    }),
    issue('t-i5', B1, 'resolved', {
      submittedAt: utc('2026-10-10T00:00'),
      resolvedAt: utc('2026-10-11T00:00'),
      rating: 3,
    }),
    issue('t-i6', B1, 'resolved', {
      submittedAt: utc('2026-11-01T00:00'),
      repliedAt: utc('2026-11-01T10:00'),
      resolvedAt: utc('2026-11-08T10:00'),
      autoResolved: true,
    }),
    // Resolved before the window, rejected, replied, held for review: none of them count.
    issue('t-i7', B1, 'resolved', {
      submittedAt: utc('2026-02-20T00:00'),
      resolvedAt: utc('2026-03-01T00:00'),
      rating: 1,
    }),
    issue('t-i8', B1, 'rejected'),
    issue('t-i9', B1, 'replied', { dueAt: cst('2026-11-01T00:00') }),
    issue('t-i10', B1, 'submitted', { held: true, dueAt: cst('2026-11-01T00:00') }),
    issue('t-i12', B2, 'resolved', {
      submittedAt: utc('2026-11-02T00:00'),
      resolvedAt: utc('2026-11-04T12:00'),
      rating: 4,
    }),
  ])
}

beforeAll(async () => {
  await seedDemo()
  await seedSmallCommittee()
})

const branchDashboard = (who: Who, orgId: string) =>
  call<BranchDashboard>(who, 'stats', { action: 'getBranchDashboard', orgId })
const committeeDashboard = (who: Who, orgId: string) =>
  call<CommitteeDashboard>(who, 'stats', { action: 'getCommitteeDashboard', orgId })

/** Only Date is frozen: the emulator's timers and promises run as usual. */
function freezeDateAt(now: Date) {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  })
}

describe('dashboards on a committee built by hand', () => {
  beforeAll(() => {
    freezeDateAt(NOW)
  })
  afterAll(() => jest.useRealTimers())

  it('a branch: 三会一课, attendance, lessons, activities and issues as counted by hand', async () => {
    const reply = await branchDashboard(PEOPLE.secretary, B1)
    if (!reply.ok) throw new Error(reply.message)
    const { period, figures, lessons } = reply.data
    expect(period).toMatchObject({
      year: 2026,
      quarter: 4,
      months: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
    })
    expect(period.quarterElapsed).toBeCloseTo(50.5 / 92, 5)
    expect(figures.members).toBe(4)

    const held = Object.fromEntries(
      figures.completeness.items.map((item) => [item.kind, [item.held, item.required]]),
    )
    expect(held).toEqual({
      congress: [1, 1],
      committee: [1, 3],
      group: [1, 3],
      lecture: [0, 1],
      themeDay: [1, 3],
    })
    // dueByNow: ⌊1·0.549⌋ + ⌊3·0.549⌋ + ⌊3·0.549⌋ + ⌊1·0.549⌋ + ⌊3·0.549⌋ = 0 + 1 + 1 + 0 + 1
    expect(figures.completeness).toMatchObject({
      required: 11,
      fulfilled: 4,
      percent: 36,
      dueByNow: 3,
    })
    expect(figures.completeness.items.find((item) => item.kind === 'congress')?.recorded).toBe(1)

    expect(
      figures.attendance.months.map((month) => [month.meetings, month.attended, month.expected]),
    ).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [1, 1, 3],
      [0, 0, 0],
      [3, 3, 7],
      [2, 4, 4],
    ])
    expect(figures.attendance.months.map((month) => month.percent)).toEqual([
      null,
      null,
      33,
      null,
      43,
      100,
    ])
    expect(figures.attendance).toMatchObject({
      meetings: 6,
      expected: 14,
      attended: 8,
      percent: 57,
    })

    expect(lessons).toEqual([
      {
        id: 't-l1',
        title: '课程t-l1',
        due: cst('2026-11-10T00:00').toISOString(),
        members: 4,
        completed: 2,
      },
      {
        id: 't-l2',
        title: '课程t-l2',
        due: cst('2026-12-15T00:00').toISOString(),
        members: 4,
        completed: 2,
      },
    ])
    expect(figures.lessons).toEqual({ lessons: 2, expected: 8, completed: 4, percent: 50 })

    expect(figures.activities).toBe(3)

    expect(figures.issues).toEqual({
      open: 3,
      overdue: 2,
      escalated: 1,
      resolved: 3,
      medianResolutionHours: 24,
      rated: 2,
      averageRating: 4,
      satisfiedPercent: 50,
    })
    expect(figures.attention).toEqual(['attendance', 'lessons', 'overdueIssues'])
  })

  it('counts 三会一课 exactly as the meeting function does', async () => {
    const dashboard = await callOk<BranchDashboard>(PEOPLE.secretary, 'stats', {
      action: 'getBranchDashboard',
      orgId: B1,
    })
    const meter = await callOk<Completeness>(PEOPLE.secretary, 'meeting', {
      action: 'getCompleteness',
      orgId: B1,
    })
    expect(dashboard.figures.completeness.items).toEqual(meter.items)
    expect(dashboard.figures.completeness).toMatchObject({
      required: meter.required,
      fulfilled: meter.fulfilled,
      percent: meter.percent,
    })
  })

  it('a committee: every branch added up, and a table of facts in the tree’s order', async () => {
    const reply = await committeeDashboard(PEOPLE.admin, ROOT)
    if (!reply.ok) throw new Error(reply.message)
    const { totals, branches, attentionCounts, branchCount, subOrgs } = reply.data
    expect(branchCount).toBe(2)
    expect(totals.members).toBe(6)
    expect(totals.completeness).toMatchObject({
      required: 22,
      fulfilled: 5,
      percent: 23,
      dueByNow: 6,
    })
    expect(totals.completeness.items.find((item) => item.kind === 'congress')).toEqual({
      kind: 'congress',
      required: 2,
      held: 2,
      recorded: 2,
    })
    expect(totals.attendance.months.map((month) => [month.attended, month.expected])).toEqual([
      [0, 0],
      [0, 0],
      [1, 3],
      [0, 0],
      [3, 7],
      [6, 6],
    ])
    expect(totals.attendance).toMatchObject({
      meetings: 7,
      expected: 16,
      attended: 10,
      percent: 63,
    })
    expect(totals.lessons).toEqual({ lessons: 2, expected: 10, completed: 6, percent: 60 })
    expect(totals.activities).toBe(3)
    // The median of 10, 24, 48 and 60 hours is (24 + 48) / 2; ratings 5, 3 and 4.
    expect(totals.issues).toEqual({
      open: 3,
      overdue: 2,
      escalated: 1,
      resolved: 4,
      medianResolutionHours: 36,
      rated: 3,
      averageRating: 4,
      satisfiedPercent: 67,
    })
    expect(totals.attention).toEqual(['completeness', 'attendance', 'overdueIssues'])
    expect(attentionCounts).toEqual({
      completeness: 1,
      attendance: 1,
      lessons: 1,
      overdueIssues: 1,
    })
    // 第一 before 第二 as the tree lists them (not 第二 (èr) first by 拼音), never by a score.
    expect(branches).toEqual([
      {
        orgId: B1,
        name: '第一支部',
        parentName: '测试总支',
        members: 4,
        completenessPercent: 36,
        fulfilled: 4,
        required: 11,
        dueByNow: 3,
        attendancePercent: 57,
        lessonPercent: 50,
        activities: 3,
        openIssues: 3,
        overdueIssues: 2,
        // Nobody here has declared a base: nothing was due.
        duesPercent: null,
        attention: ['attendance', 'lessons', 'overdueIssues'],
      },
      {
        orgId: B2,
        name: '第二支部',
        parentName: '测试总支',
        members: 2,
        completenessPercent: 9,
        fulfilled: 1,
        required: 11,
        dueByNow: 3,
        attendancePercent: 100,
        lessonPercent: 100,
        activities: 0,
        openIssues: 0,
        overdueIssues: 0,
        duesPercent: null,
        attention: ['completeness'],
      },
    ])
    expect(subOrgs).toEqual([
      { id: GENERAL, name: '测试总支', kind: 'general_branch', parentId: ROOT },
    ])
  })

  it('a 群众 who finished a required lesson does not raise the branch’s completion rate', async () => {
    const lessonProgress = cloud.database().collection('lessonProgress')
    await lessonProgress.add({ data: progress('t-l1', 't_masses') })
    try {
      const reply = await branchDashboard(PEOPLE.secretary, B1)
      if (!reply.ok) throw new Error(reply.message)
      // t-l1 is required of the 4 党员; 2 of them finished it, as before the 群众 did.
      expect(reply.data.lessons.find((row) => row.id === 't-l1')).toMatchObject({
        members: 4,
        completed: 2,
      })
      expect(reply.data.figures.lessons).toMatchObject({ expected: 8, completed: 4, percent: 50 })
    } finally {
      await lessonProgress.doc('t-l1_t_masses').remove()
    }
  })

  it('someone in two branches is required once in the committee’s 必学课 figure', async () => {
    const memberships = cloud.database().collection('memberships')
    // 第二支部's t_b2m (who finished t-l1) is also a 党员 of 第一支部.
    await memberships.add({ data: member(B1, 't_b2m', 'member') })
    try {
      const reply = await committeeDashboard(PEOPLE.admin, ROOT)
      if (!reply.ok) throw new Error(reply.message)
      // t-l1 reaches both branches: 6 people (not 5 + 2), 4 of them finished; t-l2 is 第一支部's
      // alone: 5 people, 2 finished.
      expect(reply.data.totals.lessons).toEqual({
        lessons: 2,
        expected: 11,
        completed: 6,
        percent: 55,
      })
      // Each branch still counts them as its own.
      expect(reply.data.branches.map((row) => [row.members, row.lessonPercent])).toEqual([
        [5, 50],
        [2, 100],
      ])
    } finally {
      await memberships.doc(`${B1}_t_b2m`).remove()
    }
  })

  it('a 总支 secretary sees the 总支 and drills into its branches', async () => {
    const general = await committeeDashboard(PEOPLE.generalSecretary, GENERAL)
    if (!general.ok) throw new Error(general.message)
    expect(general.data.branches.map((row) => row.orgId)).toEqual([B1, B2])
    expect(general.data.subOrgs).toEqual([])
    const branch = await branchDashboard(PEOPLE.generalSecretary, B1)
    expect(branch).toMatchObject({ ok: true, data: { org: { id: B1 } } })
  })

  it('the 支委会 opens its branch dashboard, not the committee one', async () => {
    expect(await branchDashboard(PEOPLE.committee, B1)).toMatchObject({ ok: true })
    expect(await committeeDashboard(PEOPLE.committee, GENERAL)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })

  it('asks for the right kind of org', async () => {
    expect(await branchDashboard(PEOPLE.admin, GENERAL)).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
    })
    expect(await branchDashboard(PEOPLE.admin, G1)).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
    })
    expect(await committeeDashboard(PEOPLE.secretary, B1)).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
    })
    expect(await branchDashboard(PEOPLE.admin, 'org-t-none')).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  it.each([
    ['a member, own branch', PEOPLE.member, 'branch', B1],
    ['a member of another branch', PEOPLE.otherBranch, 'branch', B1],
    ['a branch secretary, the committee above', PEOPLE.secretary, 'committee', ROOT],
    ['a branch secretary, another branch', PEOPLE.secretary, 'branch', B2],
    ['the demo admin, another committee', 'admin', 'committee', ROOT],
  ] as const)('refuses %s and writes nothing', async (_name, who, kind, orgId) => {
    const before = storeContents()
    const reply = await (kind === 'branch' ? branchDashboard : committeeDashboard)(who, orgId)
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })

  it('without a WeChat identity, refuses and writes nothing', async () => {
    const before = storeContents()
    expect(await committeeDashboard('nobody', ROOT)).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
    expect(storeContents()).toEqual(before)
  })

  it('reading counts writes nothing (no member data is shown, so nothing to audit)', async () => {
    const before = storeContents()
    expect(await committeeDashboard(PEOPLE.admin, ROOT)).toMatchObject({ ok: true })
    expect(await branchDashboard(PEOPLE.admin, B1)).toMatchObject({ ok: true })
    expect(storeContents()).toEqual(before)
  })

  it('refuses unknown fields', async () => {
    const reply = await call(PEOPLE.admin, 'stats', {
      action: 'getBranchDashboard',
      orgId: B1,
      quarter: 3,
    })
    expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
  })
})

describe('dashboards on the demo committee', () => {
  it('the branch dashboard loads in at most 3 round trips and agrees with the 台账 meter', async () => {
    const reply = await branchDashboard('secretary', 'org-branch-1')
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.roundTrips).toBeLessThanOrEqual(3)
    const meter = await callOk<Completeness>('secretary', 'meeting', {
      action: 'getCompleteness',
      orgId: 'org-branch-1',
    })
    expect(reply.data.figures.completeness.items).toEqual(meter.items)
    expect(reply.data.figures.members).toBeGreaterThan(0)
  })

  it('the committee dashboard loads in at most 6 round trips and its rows add up to its totals', async () => {
    const reply = await committeeDashboard('admin', 'org-committee')
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.roundTrips).toBeLessThanOrEqual(6)
    const { branches, totals } = reply.data
    expect(branches.map((row) => row.orgId).sort()).toEqual([
      'org-branch-1',
      'org-branch-2',
      'org-branch-3',
    ])
    const sum = (pick: (row: (typeof branches)[number]) => number) =>
      branches.reduce((total, row) => total + pick(row), 0)
    expect(totals.members).toBe(sum((row) => row.members))
    expect(totals.issues.open).toBe(sum((row) => row.openIssues))
    expect(totals.issues.overdue).toBe(sum((row) => row.overdueIssues))
    expect(totals.activities).toBe(sum((row) => row.activities))
    expect(totals.completeness.fulfilled).toBe(sum((row) => row.fulfilled))
  })
  it('the committee counts someone in two branches as one 党员, and each branch counts them', async () => {
    const before = await committeeDashboard('admin', 'org-committee')
    if (!before.ok) throw new Error(before.message)
    const memberships = cloud.database().collection('memberships')
    await memberships.add({
      data: {
        _id: 'org-branch-3_o_demo_05',
        orgId: 'org-branch-3',
        openid: 'o_demo_05',
        role: 'member',
        status: 'active',
        via: 'seed',
        joinedAt: new Date(),
      },
    })
    try {
      const after = await committeeDashboard('admin', 'org-committee')
      if (!after.ok) throw new Error(after.message)
      const members = (reply: CommitteeDashboard, orgId: string) =>
        reply.branches.find((row) => row.orgId === orgId)?.members
      expect(members(after.data, 'org-branch-3')).toBe(
        (members(before.data, 'org-branch-3') ?? 0) + 1,
      )
      expect(members(after.data, 'org-branch-2')).toBe(members(before.data, 'org-branch-2'))
      expect(after.data.totals.members).toBe(before.data.totals.members)
      expect(after.roundTrips).toBe(before.roundTrips)
    } finally {
      await memberships.doc('org-branch-3_o_demo_05').remove()
    }
  })
})

describe('党费 on the demo committee’s dashboard, in the demo’s month', () => {
  beforeAll(() => freezeDateAt(DEMO_SEEDED_AT))
  afterAll(() => jest.useRealTimers())

  it('the committee sees each branch’s 党费收缴率 over the trend’s months, as its 支委会’s month counts it', async () => {
    const reply = await committeeDashboard('admin', 'org-committee')
    if (!reply.ok) throw new Error(reply.message)
    const { branches, totals, period } = reply.data
    // Every demo branch keeps a year of dues (seed-dues.ts); each one's secretary reads its months.
    const secretaries: Record<string, Who> = {
      'org-branch-1': 'secretary',
      'org-branch-2': { openid: 'o_demo_02' },
      'org-branch-3': { openid: 'o_demo_03' },
    }
    const owingIn = async (orgId: string) =>
      (
        await Promise.all(
          period.months.map((month) =>
            callOk<MonthOverview>(secretaries[orgId], 'dues', {
              action: 'monthOverview',
              orgId,
              month,
            }),
          ),
        )
      ).flatMap((month) =>
        month.members.filter((row) => row.status !== 'exempt' && row.status !== 'undeclared'),
      )
    const figures = await Promise.all(
      Object.keys(secretaries).map(async (orgId) => {
        const owing = await owingIn(orgId)
        const dueFen = owing.reduce((sum, row) => sum + (row.dueFen ?? 0), 0)
        const collectedFen = owing.reduce(
          (sum, row) => sum + Math.min(row.paidFen, row.dueFen ?? 0),
          0,
        )
        const unpaid = owing.filter((row) => row.paidFen < (row.dueFen ?? 0)).length
        const row = branches.find((branch) => branch.orgId === orgId)
        expect(row?.duesPercent).toBe(Math.round((collectedFen / dueFen) * 100))
        return { dueFen, collectedFen, unpaid, paid: owing.length - unpaid }
      }),
    )
    // The demo's unpaid member-months within the trend: in 第一党支部 the overdue member every month,
    // the one behind this month and last, the late one and the marked one this month; in 第二党支部
    // its late one this month; 离退休党支部 is paid up.
    expect(figures.map((figure) => figure.unpaid)).toEqual([TREND_MONTHS + 2 + 1 + 1, 1, 0])
    expect(figures[2].collectedFen).toBe(figures[2].dueFen)
    const sum = (key: 'dueFen' | 'collectedFen' | 'unpaid' | 'paid') =>
      figures.reduce((total, figure) => total + figure[key], 0)
    expect(totals.dues).toMatchObject({
      dueFen: sum('dueFen'),
      collectedFen: sum('collectedFen'),
      unpaid: sum('unpaid'),
      paid: sum('paid'),
      percent: Math.round((sum('collectedFen') / sum('dueFen')) * 100),
    })
    expect(reply.roundTrips).toBeLessThanOrEqual(6)
  })
})
