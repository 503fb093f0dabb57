import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MeetingListPage from '@/packages/meeting/list'
import { listMeetings } from '@/services/meeting'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { pageEvents, router } from '../stubs/taro'
import { summary } from './meeting-fixtures'
import { branch1, loginWith, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/meeting')
jest.mock('@/services/user')

const mockedList = jest.mocked(listMeetings)

beforeEach(() => {
  jest.clearAllMocks()
  forgetSession()
  router.params = { orgId: 'org-branch-1' }
  jest.mocked(login).mockResolvedValue(ok(loginWith([membership(branch1, 'member')])))
})

test('lists upcoming meetings with 应到/实到 and the member’s own status, then the past ones', async () => {
  mockedList.mockImplementation(async ({ when }) =>
    ok({
      items:
        when === 'upcoming'
          ? [
              summary({ myStatus: 'present' }),
              summary({ id: 'mtg-2', title: '党员大会', phase: 'upcoming' }),
            ]
          : [summary({ id: 'mtg-3', title: '九月支委会', phase: 'ended', hasMinutes: true })],
      nextPage: null,
    }),
  )
  const { container } = render(<MeetingListPage />)
  await screen.findByText('十一月支委会')
  expect(mockedList).toHaveBeenCalledWith({ orgId: 'org-branch-1', when: 'upcoming', page: 0 })
  const first = container.querySelector(
    '[data-testid="meeting-item"][data-id="mtg-1"]',
  ) as HTMLElement
  expect(first.textContent).toContain('应到 3 · 实到 1')
  expect(first.textContent).toContain('已签到')
  // Before sign-in opens nobody is "未签到" yet.
  expect(
    container.querySelector('[data-testid="meeting-item"][data-id="mtg-2"]')?.textContent,
  ).not.toContain('未签到')
  expect(container.querySelector('[data-testid="meeting-create"]')).toBeNull()

  fireEvent.click(container.querySelector('[data-testid="meeting-tab-past"]') as HTMLElement)
  await screen.findByText('九月支委会')
  expect(mockedList).toHaveBeenLastCalledWith({ orgId: 'org-branch-1', when: 'past', page: 0 })
  expect(screen.getByText(/已记录纪要/)).toBeTruthy()
  fireEvent.click(
    container.querySelector('[data-testid="meeting-item"][data-id="mtg-3"]') as HTMLElement,
  )
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/meeting/detail/index?id=mtg-3' })
})

test('offers 新建会议 and 台账 to the secretary, and an empty state that says what to do', async () => {
  jest.mocked(login).mockResolvedValue(ok(loginWith([membership(branch1, 'secretary')])))
  mockedList.mockResolvedValue(ok({ items: [], nextPage: null }))
  const { container } = render(<MeetingListPage />)
  await screen.findByText('近期没有安排会议')
  expect(await screen.findByText('新建会议')).toBeTruthy()
  fireEvent.click(container.querySelector('[data-testid="meeting-create"]') as HTMLElement)
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/meeting/edit/index?orgId=org-branch-1',
  })
  fireEvent.click(container.querySelector('[data-testid="meeting-ledger"]') as HTMLElement)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: '/packages/meeting/ledger/index?orgId=org-branch-1',
  })
})

test('shows the server’s message when the list fails, retries, and refreshes on pull-down', async () => {
  mockedList.mockResolvedValueOnce(refused('INTERNAL', '服务暂时出了点问题，请稍后重试'))
  mockedList.mockResolvedValue(ok({ items: [summary()], nextPage: null }))
  render(<MeetingListPage />)
  expect(await screen.findByText('服务暂时出了点问题，请稍后重试')).toBeTruthy()
  fireEvent.click(screen.getByText('重试'))
  await screen.findByText('十一月支委会')
  await act(async () => pageEvents.pullDownRefresh())
  expect(mockedList).toHaveBeenCalledTimes(3)
  expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
})
