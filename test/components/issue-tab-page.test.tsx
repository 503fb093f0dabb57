import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import IssuesPage from '@/pages/issues'
import { listMyIssues } from '@/services/issue'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { pageEvents, router } from '../stubs/taro'
import { summary } from './issue-fixtures'
import { branch1, loginWith, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/user')
jest.mock('@/services/issue')

const mockedLogin = jest.mocked(login)
const mockedMine = jest.mocked(listMyIssues)

beforeEach(() => {
  jest.clearAllMocks()
  forgetSession()
  router.params = {}
})

test('a resident sees their cases with the status, and 审核中 for held ones', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([])))
  mockedMine.mockResolvedValue(
    ok({
      items: [
        summary(1, { status: 'replied' }),
        summary(2, { held: true }),
        summary(3, { status: 'in_progress', overdue: true, escalated: true }),
      ],
      nextPage: null,
    }),
  )
  const { container } = render(<IssuesPage />)
  await screen.findByText('问题描述1')
  const statuses = Array.from(container.querySelectorAll('.issue-status'), (n) => n.textContent)
  expect(statuses).toEqual(['已答复', '审核中', '办理中'])
  expect(screen.getByText('上级督办')).toBeTruthy()
  expect(container.querySelector('[data-testid="issues-manage"]')).toBeNull()

  fireEvent.click(container.querySelector('[data-testid="issue-item"][data-id="is_test_1"]')!)
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/issue/detail/index?id=is_test_1',
  })
})

test('an empty list invites a first report; a failure offers 重试', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([])))
  mockedMine.mockResolvedValueOnce(refused('INTERNAL', '网络不太好，请检查网络后重试'))
  render(<IssuesPage />)
  await screen.findByText('网络不太好，请检查网络后重试')
  mockedMine.mockResolvedValueOnce(ok({ items: [], nextPage: null }))
  await act(async () => {
    fireEvent.click(screen.getByText('重试'))
  })
  expect(screen.getByText('还没有反映过问题')).toBeTruthy()
})

test('a secretary also gets 诉求办理 for her branch; coming back refreshes the list', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'secretary')])))
  mockedMine.mockResolvedValue(ok({ items: [], nextPage: null }))
  const { container } = render(<IssuesPage />)
  await screen.findByText('还没有反映过问题')
  fireEvent.click(
    container.querySelector('[data-testid="issues-manage"][data-org="org-branch-1"]')!,
  )
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/issue/manage/index?orgId=org-branch-1',
  })
  const calls = mockedMine.mock.calls.length
  mockedMine.mockResolvedValue(ok({ items: [summary(9)], nextPage: null }))
  await act(async () => pageEvents.show())
  expect(mockedMine.mock.calls.length).toBe(calls + 1)
  expect(screen.getByText('问题描述9')).toBeTruthy()
})
