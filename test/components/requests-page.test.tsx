import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import JoinRequestsPage from '@/packages/org/requests'
import { decideJoin, listJoinRequests } from '@/services/org'
import type { JoinRequest } from '../../types/org'
import type { Reply } from '../../types/errors'
import { router } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/org')

const mockedList = jest.mocked(listJoinRequests)
const mockedDecide = jest.mocked(decideJoin)

function request(openid: string, nickname: string): JoinRequest {
  return { openid, nickname, avatarUrl: '', requestedAt: '2026-11-02T02:00:00Z', via: 'invite' }
}

const requests = [request('o-1', '刘秀兰'), request('o-2', '赵丽华'), request('o-3', '孙伟')]

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-branch-1' }
  mockedList.mockResolvedValue(ok(requests))
})

function shownNames(container: HTMLElement) {
  return Array.from(
    container.querySelectorAll('[data-testid="request-name"]'),
    (name) => name.textContent,
  )
}

function buttonIn(container: HTMLElement, openid: string, testId: string) {
  return container.querySelector(
    `[data-testid="request-item"][data-openid="${openid}"] [data-testid="${testId}"]`,
  ) as HTMLElement
}

test('lists pending requests with when and how they came, in Beijing time', async () => {
  const { container } = render(<JoinRequestsPage />)
  await screen.findByText('刘秀兰')
  expect(shownNames(container)).toEqual(['刘秀兰', '赵丽华', '孙伟'])
  expect(screen.getAllByText('11月2日 10:00 · 通过邀请码')).toHaveLength(3)
  expect(mockedList).toHaveBeenCalledWith({ orgId: 'org-branch-1' })
})

test('approving takes the row away at once, before the server answers', async () => {
  let answer: (reply: Reply<{ status: 'active' | 'declined' }>) => void = () => undefined
  mockedDecide.mockReturnValue(new Promise((resolve) => (answer = resolve)))
  const { container } = render(<JoinRequestsPage />)
  await screen.findByText('刘秀兰')

  fireEvent.click(buttonIn(container, 'o-2', 'request-approve'))
  expect(shownNames(container)).toEqual(['刘秀兰', '孙伟'])
  expect(mockedDecide).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    memberId: 'o-2',
    approve: true,
  })

  await act(async () => answer(ok({ status: 'active' })))
  expect(shownNames(container)).toEqual(['刘秀兰', '孙伟'])
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已批准' }))
})

test('a refused decline puts the row back where it was and says why', async () => {
  mockedDecide.mockResolvedValue(refused('CONFLICT', '这条申请已经处理过了，请刷新'))
  const { container } = render(<JoinRequestsPage />)
  await screen.findByText('刘秀兰')

  await act(async () => {
    fireEvent.click(buttonIn(container, 'o-2', 'request-decline'))
  })
  expect(mockedDecide).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    memberId: 'o-2',
    approve: false,
  })
  expect(shownNames(container)).toEqual(['刘秀兰', '赵丽华', '孙伟'])
  expect(screen.getByText('赵丽华：这条申请已经处理过了，请刷新')).toBeTruthy()
  expect(Taro.showToast).not.toHaveBeenCalled()
})

test('when the last one is decided the page says there is nothing left', async () => {
  mockedList.mockResolvedValue(ok([request('o-1', '刘秀兰')]))
  mockedDecide.mockResolvedValue(ok({ status: 'active' }))
  render(<JoinRequestsPage />)
  fireEvent.click(await screen.findByRole('button', { name: '批准' }))
  expect(await screen.findByText('没有待审批的申请')).toBeTruthy()
})

test('a list that failed to load shows the message with 重试', async () => {
  mockedList.mockResolvedValueOnce(refused('INTERNAL', '服务暂时出了点问题，请稍后重试'))
  render(<JoinRequestsPage />)
  expect(await screen.findByText('服务暂时出了点问题，请稍后重试')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByText('刘秀兰')).toBeTruthy()
})
