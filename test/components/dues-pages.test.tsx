import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MyDuesPage from '@/packages/dues/mine'
import DuesMonthPage from '@/packages/dues/month'
import DuesPublicPage from '@/packages/dues/public'
import {
  confirmPayment,
  correctPayment,
  declareBase,
  exportDuesLedger,
  getMyDues,
  markPaid,
  monthOverview,
  publicSummary,
  remindUnpaid,
} from '@/services/dues'
import { recordSubscriptions } from '@/services/user'
import { shanghaiMonth } from '../../types/time'
import {
  yuanToFen,
  type DuesMonth,
  type MonthOverview,
  type MyDues,
  type OverviewRow,
} from '../../types/dues'
import { openDocument } from '@/platform/documents'
import { router } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/dues')
jest.mock('@/services/user')
jest.mock('@/platform/documents', () => ({ openDocument: jest.fn().mockResolvedValue('') }))

const month = (overrides: Partial<DuesMonth> = {}): DuesMonth => ({
  month: '2026-10',
  dueFen: 4500,
  paidFen: 4500,
  markedFen: 0,
  status: 'paid',
  ...overrides,
})

const mine = (overrides: Partial<MyDues> = {}): MyDues => ({
  orgId: 'org-branch-1',
  year: 2026,
  base: {
    openid: 'o_demo_member',
    category: 'employed',
    baseFen: 450_000,
    reason: null,
    fromMonth: '2026-01',
    monthlyDueFen: 4500,
    declaredAt: '2026-01-02T00:00:00.000Z',
  },
  months: [month(), month({ month: '2026-11', paidFen: 0, status: 'unpaid' })],
  ...overrides,
})

const row = (overrides: Partial<OverviewRow> = {}): OverviewRow => ({
  ...month({ month: '2026-11' }),
  openid: 'o_demo_01',
  nickname: '赵丽华',
  ...overrides,
})

const overview = (members: OverviewRow[]): MonthOverview => ({
  month: '2026-11',
  members,
  dueFen: 9000,
  paidFen: 4500,
  paid: 1,
  unpaid: 1,
})

/** The 支委会's 本月党费 of 第一党支部, answering these rows. */
function openMonthWith(members: OverviewRow[]) {
  router.params = { orgId: 'org-branch-1' }
  jest.mocked(monthOverview).mockResolvedValue(ok(overview(members)))
}

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-branch-1', role: 'member' }
})

test('我的党费 shows each month; 标记已缴 asks how it was paid and marks that month', async () => {
  jest.mocked(getMyDues).mockResolvedValue(ok(mine()))
  jest.mocked(markPaid).mockResolvedValue(ok({ written: 1, already: 0 }))
  jest.mocked(Taro.showActionSheet).mockResolvedValueOnce({ tapIndex: 1, errMsg: 'ok' })
  const { container } = render(<MyDuesPage />)
  expect(await screen.findByText('每月应缴 45.00 元')).toBeTruthy()
  expect(container.querySelectorAll('[data-testid="dues-month"]')).toHaveLength(2)
  fireEvent.click(container.querySelector('.dues-mark') as HTMLElement)
  await waitFor(() =>
    expect(markPaid).toHaveBeenCalledWith({
      orgId: 'org-branch-1',
      months: ['2026-11'],
      channel: 'cash',
    }),
  )
  expect(screen.queryByText('本月党费（支委会）')).toBeNull()
})

test('我的党费 offers 下月提醒我交党费: the tap asks for the dues-reminder credit and records the accept', async () => {
  jest.mocked(getMyDues).mockResolvedValue(ok(mine()))
  jest.mocked(recordSubscriptions).mockResolvedValue(ok({ recorded: 1 }))
  ;(globalThis as { SUBSCRIBE_TEMPLATE_IDS?: unknown }).SUBSCRIBE_TEMPLATE_IDS = {
    duesReminder: 'TPL_DUES_REMINDER',
  }
  const prompt = jest.mocked(Taro.requestSubscribeMessage) as jest.Mock
  prompt.mockResolvedValueOnce({ TPL_DUES_REMINDER: 'accept' })
  render(<MyDuesPage />)
  fireEvent.click(await screen.findByText('下月提醒我交党费'))
  expect(prompt).toHaveBeenCalledWith({ tmplIds: ['TPL_DUES_REMINDER'], entityIds: [] })
  await waitFor(() => expect(recordSubscriptions).toHaveBeenCalledWith(['duesReminder']))
  await waitFor(() =>
    expect(Taro.showToast).toHaveBeenCalledWith({
      title: '已开启，支部提醒交党费时会通知你一次',
      icon: 'none',
    }),
  )
})

test('with no base yet, the member declares one and sees what it will cost', async () => {
  jest.mocked(getMyDues).mockResolvedValue(ok(mine({ base: null, months: [] })))
  jest.mocked(declareBase).mockResolvedValue(ok(mine().base!))
  const { container } = render(<MyDuesPage />)
  const input = await screen.findByTestId('dues-base-input')
  fireEvent.change(input, { target: { value: '4500' } })
  expect(screen.getByText(/每月约 45.00 元/)).toBeTruthy()
  fireEvent.click(container.querySelector('.dues-declare-submit') as HTMLElement)
  await waitFor(() =>
    expect(declareBase).toHaveBeenCalledWith({
      orgId: 'org-branch-1',
      category: 'employed',
      baseFen: 450_000,
    }),
  )
})

test('重新申报 opens the form again and closes it once the new base is in', async () => {
  jest.mocked(getMyDues).mockResolvedValue(ok(mine()))
  jest.mocked(declareBase).mockResolvedValue(ok(mine().base!))
  const { container } = render(<MyDuesPage />)
  fireEvent.click(await screen.findByText('收入有变化？重新申报'))
  fireEvent.click(container.querySelector('.dues-category--retired') as HTMLElement)
  fireEvent.change(screen.getByTestId('dues-base-input'), { target: { value: '5200' } })
  expect(screen.getByText(/每月约 52.00 元/)).toBeTruthy()
  fireEvent.click(container.querySelector('.dues-declare-submit') as HTMLElement)
  await waitFor(() => expect(screen.queryByTestId('dues-declare')).toBeNull())
  expect(declareBase).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    category: 'retired',
    baseFen: 520_000,
  })
})

test('a refused load shows the error with a retry', async () => {
  jest.mocked(getMyDues).mockResolvedValue(refused('FORBIDDEN', '你没有权限进行这个操作'))
  render(<MyDuesPage />)
  expect(await screen.findByTestId('page-error-message')).toHaveProperty(
    'textContent',
    '你没有权限进行这个操作',
  )
})

test('本月党费 lists who owes first, confirms a marked payment, and shows the overdue flag it was given', async () => {
  openMonthWith([
    row({ openid: 'o_demo_member', nickname: '张晓明' }),
    row({ status: 'marked', paidFen: 0, markedFen: 4500 }),
    row({
      openid: 'o_demo_16',
      nickname: '许明',
      status: 'unpaid',
      paidFen: 0,
      overdue: true,
    }),
  ])
  jest.mocked(confirmPayment).mockResolvedValue(ok({ written: 1, already: 0 }))
  const { container } = render(<DuesMonthPage />)
  await screen.findByText('赵丽华')
  const names = Array.from(container.querySelectorAll('[data-testid="dues-member"]')).map(
    (element) => element.getAttribute('data-openid'),
  )
  expect(names).toEqual(['o_demo_01', 'o_demo_16', 'o_demo_member'])
  expect(screen.getByText(/已连续 6 个月未缴/)).toBeTruthy()
  expect(container.textContent).not.toMatch(/基数 \d|450000/)
  fireEvent.click(container.querySelector('.dues-confirm') as HTMLElement)
  await waitFor(() =>
    expect(confirmPayment).toHaveBeenCalledWith({
      orgId: 'org-branch-1',
      memberId: 'o_demo_01',
      months: [shanghaiMonth(new Date())], // the page opens on this month
    }),
  )
})

test('本月党费: 提醒未缴的 N 人 reminds the month shown and says how many were reached and how many have reminders off', async () => {
  openMonthWith([
    row({ status: 'unpaid', paidFen: 0 }),
    row({ openid: 'o_demo_16', status: 'unpaid', paidFen: 0 }),
    row({ openid: 'o_demo_member', status: 'paid' }),
  ])
  jest.mocked(remindUnpaid).mockResolvedValue(ok({ reminded: 1, withoutCredit: 1, pending: 0 }))
  render(<DuesMonthPage />)
  fireEvent.click(await screen.findByText('提醒未缴的 2 人'))
  await waitFor(() =>
    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({
        content: '已提醒 1 人；另有 1 人没有开启党费提醒，请在群里提醒他们。',
      }),
    ),
  )
  expect(remindUnpaid).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    month: shanghaiMonth(new Date()),
  })
})

test('本月党费: a second reminder the same day shows why it was refused', async () => {
  openMonthWith([row({ status: 'unpaid', paidFen: 0 })])
  const why = '今天 10:32 已提醒过2026年11月未缴党费的党员，每月的提醒一天一次，请明天再提醒'
  jest.mocked(remindUnpaid).mockResolvedValue(refused('RATE_LIMITED', why))
  render(<DuesMonthPage />)
  fireEvent.click(await screen.findByText('提醒未缴的 1 人'))
  expect(await screen.findByText(why)).toBeTruthy()
  expect(Taro.showModal).not.toHaveBeenCalled()
})

test('本月党费: with everyone paid there is nobody to remind', async () => {
  openMonthWith([row()])
  render(<DuesMonthPage />)
  await screen.findByText('赵丽华')
  expect(screen.queryByText(/提醒未缴/)).toBeNull()
})

test('本月党费: 导出本月台账 and 导出全年台账 generate the Excel ledger and open it', async () => {
  router.params = { orgId: 'org-branch-1' }
  const thisMonth = shanghaiMonth(new Date())
  const xlsx = {
    fileID: 'cloud://env/exports/dues/ledger.xlsx',
    url: 'https://tmp/ledger.xlsx',
    name: `第一党支部党费台账（${thisMonth}）.xlsx`,
  }
  const docx = {
    fileID: 'cloud://env/exports/dues/summary.docx',
    url: 'https://tmp/summary.docx',
    name: `第一党支部党费收缴情况汇总（${thisMonth}）.docx`,
  }
  jest.mocked(monthOverview).mockResolvedValue(ok(overview([row()])))
  jest.mocked(exportDuesLedger).mockResolvedValue(ok({ rows: 1, xlsx, docx }))
  render(<DuesMonthPage />)
  fireEvent.click(await screen.findByText('导出本月台账'))
  await waitFor(() => expect(openDocument).toHaveBeenCalledWith(xlsx, 'xlsx'))
  expect(exportDuesLedger).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    from: thisMonth,
    to: thisMonth,
  })
  fireEvent.click(screen.getByText(`导出 ${thisMonth.slice(0, 4)} 年台账`))
  await waitFor(() =>
    expect(exportDuesLedger).toHaveBeenLastCalledWith({
      orgId: 'org-branch-1',
      from: `${thisMonth.slice(0, 4)}-01`,
      to: thisMonth,
    }),
  )
})

test('本月党费: 本月汇总 and 全年汇总 open the Word 收缴情况汇总 of that span', async () => {
  router.params = { orgId: 'org-branch-1' }
  const thisMonth = shanghaiMonth(new Date())
  const file = (name: string) => ({
    fileID: `cloud://env/${name}`,
    url: `https://tmp/${name}`,
    name,
  })
  const docx = file('summary.docx')
  jest.mocked(monthOverview).mockResolvedValue(ok(overview([row()])))
  jest.mocked(exportDuesLedger).mockResolvedValue(ok({ rows: 1, xlsx: file('ledger.xlsx'), docx }))
  render(<DuesMonthPage />)
  fireEvent.click(await screen.findByText('本月汇总（Word）'))
  await waitFor(() => expect(openDocument).toHaveBeenCalledWith(docx, 'docx'))
  expect(exportDuesLedger).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    from: thisMonth,
    to: thisMonth,
  })
  fireEvent.click(screen.getByText(`${thisMonth.slice(0, 4)} 年汇总（Word）`))
  await waitFor(() =>
    expect(exportDuesLedger).toHaveBeenLastCalledWith({
      orgId: 'org-branch-1',
      from: `${thisMonth.slice(0, 4)}-01`,
      to: thisMonth,
    }),
  )
  expect(openDocument).toHaveBeenCalledTimes(2)
  expect(openDocument).toHaveBeenLastCalledWith(docx, 'docx')
})

test('本月党费: a refused export says why and opens nothing', async () => {
  openMonthWith([row()])
  jest
    .mocked(exportDuesLedger)
    .mockResolvedValue(refused('FORBIDDEN', '只有支委会成员可以导出党费台账'))
  render(<DuesMonthPage />)
  fireEvent.click(await screen.findByText('导出本月台账'))
  await screen.findByText('只有支委会成员可以导出党费台账')
  expect(openDocument).not.toHaveBeenCalled()
})

test('党费公开 shows each month’s total and head counts, and an empty year says so', async () => {
  jest.mocked(publicSummary).mockResolvedValue(
    ok({
      orgId: 'org-branch-1',
      year: 2026,
      receivedFen: 12_345,
      months: [{ month: '2026-01', receivedFen: 12_345, paid: 11, unpaid: 1 }],
    }),
  )
  const { unmount } = render(<DuesPublicPage />)
  expect(await screen.findByText('2026 年已收党费 123.45 元')).toBeTruthy()
  expect(screen.getByText('收缴 123.45 元 · 已缴 11 人 · 未缴 1 人')).toBeTruthy()
  unmount()

  jest.mocked(publicSummary).mockResolvedValue(
    ok({
      orgId: 'org-branch-1',
      year: 2026,
      receivedFen: 0,
      months: [{ month: '2026-01', receivedFen: 0, paid: 0, unpaid: 0 }],
    }),
  )
  render(<DuesPublicPage />)
  expect(await screen.findByText('2026 年还没有党费记录')).toBeTruthy()
})

test('本月党费 records an exemption for an undeclared member, with the branch’s reason', async () => {
  openMonthWith([row({ status: 'undeclared', dueFen: null, paidFen: 0 })])
  jest.mocked(declareBase).mockResolvedValue(ok(mine().base!))
  const { container } = render(<DuesMonthPage />)
  fireEvent.click(await screen.findByText('登记基数'))
  fireEvent.click(container.querySelector('.dues-category--exempt') as HTMLElement)
  const submit = container.querySelector('.dues-declare-submit') as HTMLButtonElement
  expect(submit.disabled).toBe(true)
  fireEvent.change(screen.getByTestId('dues-reason-input'), {
    target: { value: '领取最低生活保障金，支部研究免交' },
  })
  fireEvent.click(submit)
  await waitFor(() =>
    expect(declareBase).toHaveBeenCalledWith({
      orgId: 'org-branch-1',
      memberId: 'o_demo_01',
      category: 'exempt',
      fromMonth: shanghaiMonth(new Date()),
      reason: '领取最低生活保障金，支部研究免交',
    }),
  )
  await waitFor(() => expect(screen.queryByTestId('dues-declare')).toBeNull())
})

test('本月党费: 更正 adds an entry — 退还 5 元 with its reason — and a refused one keeps the dialog and its request id', async () => {
  openMonthWith([
    row({ paidFen: 5000, status: 'paid' }),
    row({ openid: 'o_demo_16', nickname: '许明', paidFen: 0, status: 'unpaid' }),
  ])
  jest
    .mocked(correctPayment)
    .mockResolvedValueOnce(refused('INTERNAL', '没有完成，请检查网络后重试'))
    .mockResolvedValueOnce(ok({ written: 1, already: 0 }))
  const { container } = render(<DuesMonthPage />)
  await screen.findByText('许明')
  // Only what was recorded can be corrected: the unpaid row offers 登记收款 instead.
  expect(screen.getAllByText('更正')).toHaveLength(1)
  fireEvent.click(screen.getByText('更正'))
  const dialog = container.querySelector('.dues-correct-dialog') as HTMLElement
  expect(within(dialog).getByText(/应缴 45.00 元，已记 50.00 元/)).toBeTruthy()

  // A reason but no amount yet: said in the dialog, nothing sent.
  fireEvent.change(dialog.querySelector('textarea') as HTMLElement, {
    target: { value: '多收了 5 元，现金退还' },
  })
  await act(async () => {
    fireEvent.click(within(dialog).getByText('确认更正'))
  })
  expect(within(dialog).getByText('请填写更正金额，如 12.50')).toBeTruthy()
  expect(correctPayment).not.toHaveBeenCalled()

  fireEvent.click(within(dialog).getByText('退还'))
  fireEvent.input(dialog.querySelector('[data-testid="dues-correct-amount"]') as HTMLElement, {
    target: { value: '5' },
  })
  await act(async () => {
    fireEvent.click(within(dialog).getByText('确认更正'))
  })
  expect(within(dialog).getByText('没有完成，请检查网络后重试')).toBeTruthy()
  await act(async () => {
    fireEvent.click(within(dialog).getByText('确认更正'))
  })
  const calls = jest.mocked(correctPayment).mock.calls.map(([input]) => input)
  expect(calls).toHaveLength(2)
  expect(calls[0]).toEqual({
    orgId: 'org-branch-1',
    memberId: 'o_demo_01',
    month: shanghaiMonth(new Date()),
    amountFen: -500,
    reason: '多收了 5 元，现金退还',
    requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
  })
  // The retry is the same correction: the server writes it once.
  expect(calls[1].requestId).toBe(calls[0].requestId)
  expect(container.querySelector('.dues-correct-dialog')).toBeNull()
})

test('amounts typed in 元: up to two decimals', () => {
  expect(yuanToFen('12.5')).toBe(1250)
  expect(yuanToFen('0.01')).toBe(1)
  expect(yuanToFen(' 3 ')).toBe(300)
  expect(yuanToFen('0')).toBe(0)
  for (const bad of ['', '-1', '1.234', 'abc', '1e3', '123456789']) {
    expect(yuanToFen(bad)).toBeNull()
  }
})
