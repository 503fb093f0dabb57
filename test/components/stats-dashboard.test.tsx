import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { attendanceTrendOption, completenessOption } from '@/packages/stats/chart/options'
import BranchDashboardPage from '@/packages/stats/branch'
import CommitteeDashboardPage from '@/packages/stats/committee'
import { getBranchDashboard, getCommitteeDashboard } from '@/services/stats'
import type {
  BranchDashboard,
  BranchHealth,
  CommitteeDashboard,
  DashboardFigures,
} from '../../types/stats'
import { router } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/stats', () => ({
  ...jest.requireActual('@/services/stats'),
  getBranchDashboard: jest.fn(),
  getCommitteeDashboard: jest.fn(),
}))
// echarts needs a real canvas: the chart is its own concern (drawn in the e2e test); here it is a box.
jest.mock('@/packages/stats/chart', () => ({
  StatsChart: ({ id, label }: { id: string; label: string }) => (
    <div className="stats-chart" data-id={id} aria-label={label} />
  ),
}))

const period = {
  year: 2026,
  quarter: 4,
  quarterFrom: '2026-09-30T16:00:00.000Z',
  quarterTo: '2026-12-31T16:00:00.000Z',
  quarterElapsed: 0.55,
  months: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
  asOf: '2026-11-20T04:00:00.000Z',
}

const figures = (overrides: Partial<DashboardFigures> = {}): DashboardFigures => ({
  members: 4,
  completeness: {
    items: [
      { kind: 'congress', required: 1, held: 1, recorded: 1 },
      { kind: 'committee', required: 3, held: 2, recorded: 0 },
      { kind: 'group', required: 3, held: 0, recorded: 0 },
      { kind: 'lecture', required: 1, held: 0, recorded: 0 },
      { kind: 'themeDay', required: 3, held: 1, recorded: 0 },
    ],
    required: 11,
    fulfilled: 4,
    percent: 36,
    dueByNow: 3,
  },
  attendance: {
    months: period.months.map((month, index) =>
      index === 5
        ? { month, meetings: 2, expected: 4, attended: 4, percent: 100 }
        : index === 4
          ? { month, meetings: 2, expected: 6, attended: 2, percent: 33 }
          : { month, meetings: 0, expected: 0, attended: 0, percent: null },
    ),
    meetings: 4,
    expected: 10,
    attended: 6,
    percent: 60,
  },
  lessons: { lessons: 1, expected: 4, completed: 2, percent: 50 },
  activities: 3,
  issues: {
    open: 3,
    overdue: 2,
    escalated: 1,
    resolved: 3,
    medianResolutionHours: 60,
    rated: 2,
    averageRating: 4,
    satisfiedPercent: 50,
  },
  dues: {
    dueFen: 470520,
    receivedFen: 352850,
    collectedFen: 352850,
    paid: 62,
    unpaid: 10,
    percent: 75,
  },
  attention: ['attendance', 'lessons', 'overdueIssues'],
  ...overrides,
})

const branchDashboard: BranchDashboard = {
  org: { id: 'org-branch-1', name: '第一党支部', kind: 'branch', parentId: 'org-general' },
  period,
  figures: figures(),
  lessons: [
    { id: 'l1', title: '六项纪律', due: '2026-11-10T00:00:00.000Z', members: 4, completed: 2 },
  ],
  customRhythm: false,
}

const health = (index: number, attention: BranchHealth['attention'] = []): BranchHealth => ({
  orgId: `org-b-${index}`,
  name: `支部${String(index).padStart(2, '0')}`,
  parentName: '幸福社区党总支',
  members: 10,
  completenessPercent: 50,
  fulfilled: 5,
  required: 11,
  dueByNow: 3,
  attendancePercent: attention.includes('attendance') ? 62 : 90,
  lessonPercent: 80,
  activities: 1,
  openIssues: 0,
  overdueIssues: attention.includes('overdueIssues') ? 1 : 0,
  duesPercent: index === 2 ? null : 75,
  attention,
})

const committeeDashboard = (branches: BranchHealth[]): CommitteeDashboard => ({
  org: { id: 'org-committee', name: '幸福街道党工委', kind: 'committee', parentId: '' },
  period,
  branchCount: branches.length,
  totals: figures({ attention: [] }),
  attentionCounts: {
    completeness: 0,
    attendance: branches.filter((row) => row.attention.includes('attendance')).length,
    lessons: 0,
    overdueIssues: branches.filter((row) => row.attention.includes('overdueIssues')).length,
  },
  branches,
  subOrgs: [
    {
      id: 'org-general',
      name: '幸福社区党总支',
      kind: 'general_branch',
      parentId: 'org-committee',
    },
  ],
})

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-branch-1' }
})

test('a branch dashboard writes out every figure and says what needs attention', async () => {
  jest.mocked(getBranchDashboard).mockResolvedValue(ok(branchDashboard))
  const { container } = render(<BranchDashboardPage />)
  await screen.findByText('第一党支部')
  expect(getBranchDashboard).toHaveBeenCalledWith({ orgId: 'org-branch-1' })
  const value = (name: string) =>
    container.querySelector(`[data-testid="stats-figure-${name}"] .stats-figure__value`)
      ?.textContent
  expect(value('completeness')).toBe('36%')
  expect(value('held')).toBe('4 / 11')
  expect(value('attendance')).toBe('60%')
  expect(value('lessons')).toBe('50%')
  expect(value('activities')).toBe('3')
  expect(value('overdue')).toBe('2')
  expect(value('resolution')).toBe('2.5 天')
  expect(value('satisfaction')).toBe('4 星')
  expect(screen.getByText('到会率低于 80%')).toBeTruthy()
  expect(screen.getByText('有逾期未答复的诉求')).toBeTruthy()
  expect(
    container.querySelector('[data-testid="stats-section-attendance"].is-attention'),
  ).toBeTruthy()
  expect(
    container.querySelector('[data-testid="stats-section-completeness"].is-attention'),
  ).toBeNull()
  // A month without meetings says so rather than showing 0%.
  expect(container.querySelector('[data-month="2026-06"]')?.textContent).toContain('没有会议')
  expect(container.querySelector('[data-month="2026-11"]')?.textContent).toContain('100%')
  expect(container.querySelector('.stats-lesson[data-lesson="l1"]')?.textContent).toContain(
    '已学完 2 / 4 人',
  )
  expect(
    Array.from(container.querySelectorAll('.stats-chart')).map((chart) =>
      chart.getAttribute('aria-label'),
    ),
  ).toEqual(['三会一课本季度已开 4 次，应开 11 次', '近六个月到会率 60%'])
})

test('a dashboard that failed to load shows the reason, and retry asks again', async () => {
  jest
    .mocked(getBranchDashboard)
    .mockResolvedValueOnce(refused('INTERNAL', '服务暂时出了点问题，请稍后重试'))
    .mockResolvedValueOnce(ok(branchDashboard))
  render(<BranchDashboardPage />)
  await screen.findByText('服务暂时出了点问题，请稍后重试')
  fireEvent.click(screen.getByText('重试'))
  await screen.findByText('第一党支部')
  expect(getBranchDashboard).toHaveBeenCalledTimes(2)
})

test('without an org in the link, nothing is asked and the page says where to come from', async () => {
  router.params = {}
  render(<BranchDashboardPage />)
  await screen.findByText('链接缺少组织信息，请从支部首页重新进入')
  expect(getBranchDashboard).not.toHaveBeenCalled()
})

test('the committee table keeps the server order, filters what needs attention and pages by 20', async () => {
  router.params = { orgId: 'org-committee' }
  const branches = Array.from({ length: 25 }, (_, index) =>
    health(index + 1, index === 2 ? ['attendance'] : index === 22 ? ['overdueIssues'] : []),
  )
  jest.mocked(getCommitteeDashboard).mockResolvedValue(ok(committeeDashboard(branches)))
  const { container } = render(<CommitteeDashboardPage />)
  await screen.findByText('幸福街道党工委')
  const rows = () => Array.from(container.querySelectorAll('.stats-branch-row'))
  expect(rows().map((row) => row.getAttribute('data-org'))).toEqual(
    branches.slice(0, 20).map((row) => row.orgId),
  )
  expect(screen.getByText('到会率低于 80%：1 个支部')).toBeTruthy()
  expect(
    container.querySelector('.stats-branch-row[data-org="org-b-3"] .is-attention')?.textContent,
  ).toBe('62%')

  fireEvent.click(screen.getByText('再显示 5 个支部（共 25 个）'))
  expect(rows()).toHaveLength(25)

  fireEvent.click(screen.getByText('只看需关注'))
  expect(rows().map((row) => row.getAttribute('data-org'))).toEqual(['org-b-3', 'org-b-23'])
  fireEvent.click(screen.getByText('显示全部'))
  expect(rows()).toHaveLength(20)
})

test('the committee sees the subtree’s 党费收缴率 and each branch’s (— where a branch keeps no dues)', async () => {
  router.params = { orgId: 'org-committee' }
  jest
    .mocked(getCommitteeDashboard)
    .mockResolvedValue(ok(committeeDashboard([health(1), health(2)])))
  const { container } = render(<CommitteeDashboardPage />)
  await screen.findByText('幸福街道党工委')
  const figure = screen.getByTestId('stats-figure-dues')
  expect(figure.textContent).toBe('75%党费收缴率')
  expect(screen.getByTestId('stats-figure-dues-amount').textContent).toBe(
    '3528.50 / 4705.20已收 / 应收（元）',
  )
  expect(screen.getByTestId('stats-figure-dues-months').textContent).toBe(
    '62 / 72已缴 / 应缴（人·月）',
  )
  expect(screen.getByText('党费收缴率', { selector: '.stats-table__cell' })).toBeTruthy()
  const duesCell = (orgId: string) =>
    container.querySelector(`.stats-branch-row[data-org="${orgId}"] [data-cell="dues"]`)
      ?.textContent
  expect(duesCell('org-b-1')).toBe('75%')
  expect(duesCell('org-b-2')).toBe('—')
})

test('a branch row opens that branch, a 总支 its own dashboard', async () => {
  router.params = { orgId: 'org-committee' }
  jest.mocked(getCommitteeDashboard).mockResolvedValue(ok(committeeDashboard([health(1)])))
  const { container } = render(<CommitteeDashboardPage />)
  await screen.findByText('幸福街道党工委')
  fireEvent.click(container.querySelector('.stats-branch-row[data-org="org-b-1"]') as HTMLElement)
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/stats/branch/index?orgId=org-b-1',
  })
  fireEvent.click(container.querySelector('.stats-suborg[data-org="org-general"]') as HTMLElement)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: '/packages/stats/committee/index?orgId=org-general',
  })
})

test('chart options: months without meetings are gaps, the threshold is a dashed line', () => {
  const option = attendanceTrendOption(figures().attendance.months)
  const [trend, threshold] = option.series as { data: (number | null)[] }[]
  expect(trend.data).toEqual([null, null, null, null, 33, 100])
  expect(threshold.data).toEqual([80, 80, 80, 80, 80, 80])
  expect((option.xAxis as { data: string[] }).data).toEqual([
    '6月',
    '7月',
    '8月',
    '9月',
    '10月',
    '11月',
  ])
})

test('chart options: required and held side by side per kind', () => {
  const option = completenessOption(figures().completeness.items)
  const [required, held] = option.series as { name: string; data: number[] }[]
  expect(required).toMatchObject({ name: '应开', data: [1, 3, 3, 1, 3] })
  expect(held).toMatchObject({ name: '已开', data: [1, 2, 0, 0, 1] })
})
