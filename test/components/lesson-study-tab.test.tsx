import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import StudyPage from '@/pages/study'
import { listLessons } from '@/services/lesson'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { pageEvents, storage } from '../stubs/taro'
import { card, meta } from './lesson-fixtures'
import { branch1, branch2, loginWith, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/user')
jest.mock('@/services/lesson')

const mockedList = jest.mocked(listLessons)
const mockedLogin = jest.mocked(login)

beforeEach(() => {
  jest.clearAllMocks()
  forgetSession()
  storage.clear()
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'member')])))
})

function titles(container: HTMLElement) {
  return Array.from(container.querySelectorAll('.study-card__title'), (node) => node.textContent)
}

test('lists the lessons of the current branch with reading time, 规定动作 and progress', async () => {
  mockedList.mockResolvedValue(
    ok({
      items: [
        card(1, { due: '2026-11-30T15:59:59.999Z', pinned: false }),
        card(2, { pinned: true, progress: { percent: 100, completed: true } }),
        card(3, { progress: { percent: 40, completed: false } }),
      ],
      nextPage: null,
      meta: meta(),
    }),
  )
  const { container } = render(<StudyPage />)
  await screen.findByText('微党课1')
  expect(mockedList).toHaveBeenCalledWith({ orgId: 'org-branch-1' })
  expect(titles(container)).toEqual(['微党课1', '微党课2', '微党课3'])
  expect(screen.getByText('规定动作 · 11月30日前')).toBeTruthy()
  expect(screen.getByText('置顶')).toBeTruthy()
  expect(screen.getByText('已学完')).toBeTruthy()
  expect(screen.getByText('读到 40%')).toBeTruthy()
  expect(screen.getAllByText(/约 3 分钟/)).toHaveLength(3)
  // A member gets no writing tools.
  expect(container.querySelector('.study-write')).toBeNull()

  fireEvent.click(screen.getByText('微党课3'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/lesson/reader/index?id=lesson-card-3',
  })
})

test('narrows to a tag and back to all', async () => {
  mockedList.mockResolvedValue(ok({ items: [card(1)], nextPage: null, meta: meta() }))
  render(<StudyPage />)
  await screen.findByText('微党课1')
  mockedList.mockResolvedValueOnce(ok({ items: [card(7)], nextPage: null, meta: null }))
  await act(async () => {
    fireEvent.click(screen.getByText('基层治理'))
  })
  expect(mockedList).toHaveBeenLastCalledWith({ orgId: 'org-branch-1', tag: '基层治理' })
  expect(screen.getByText('微党课7')).toBeTruthy()
  // The tag chips stay although a tag page carries no facts.
  expect(screen.getByText('全部')).toBeTruthy()
  await act(async () => {
    fireEvent.click(screen.getByText('全部'))
  })
  expect(mockedList).toHaveBeenLastCalledWith({ orgId: 'org-branch-1' })
})

test('offers 支委 writing tools and tells them a lesson came back', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'committee')])))
  mockedList.mockResolvedValue(
    ok({ items: [], nextPage: null, meta: meta({ mine: { draft: 1, pending: 0, rejected: 1 } }) }),
  )
  const { container } = render(<StudyPage />)
  // The tools show with the session; the count of returned lessons comes with the first page.
  await screen.findByText('写微党课')
  expect(await screen.findByText('1 篇退回')).toBeTruthy()
  expect(container.querySelector('[data-testid="study-review"]')).toBeNull()
  fireEvent.click(screen.getByText('写微党课'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/lesson/editor/index?orgId=org-branch-1',
  })
  expect(screen.getByText('还没有微党课')).toBeTruthy()
})

test('shows the secretary how many lessons wait for review', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'secretary')])))
  mockedList.mockResolvedValue(
    ok({ items: [card(1)], nextPage: null, meta: meta({ pendingReview: 2 }) }),
  )
  const { container } = render(<StudyPage />)
  await screen.findByText('微党课1')
  expect(container.querySelector('[data-testid="study-review-count"]')?.textContent).toBe('2')
  fireEvent.click(screen.getByText('待审核'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/lesson/review/index?orgId=org-branch-1',
  })
})

test('loads 20 more at the bottom and refreshes on pull-down', async () => {
  const first = Array.from({ length: 20 }, (_, index) => card(index + 1))
  mockedList.mockImplementation(async (input) =>
    input.page === 1
      ? ok({ items: [card(21)], nextPage: null, meta: null })
      : ok({ items: first, nextPage: 1, meta: meta() }),
  )
  const { container } = render(<StudyPage />)
  await screen.findByText('微党课1')
  await act(async () => pageEvents.reachBottom())
  expect(titles(container)).toHaveLength(21)
  expect(mockedList).toHaveBeenLastCalledWith({ orgId: 'org-branch-1', page: 1 })
  await act(async () => pageEvents.pullDownRefresh())
  expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
  expect(titles(container)).toHaveLength(20)
})

test('asks people outside any branch to join one', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([])))
  render(<StudyPage />)
  expect(await screen.findByText('加入支部后就能在这里学习')).toBeTruthy()
  expect(mockedList).not.toHaveBeenCalled()
})

test('shows the server’s message with a retry', async () => {
  mockedList.mockResolvedValueOnce(refused('INTERNAL', '服务暂时出了点问题，请稍后重试'))
  render(<StudyPage />)
  expect(await screen.findByText('服务暂时出了点问题，请稍后重试')).toBeTruthy()
  mockedList.mockResolvedValueOnce(ok({ items: [card(1)], nextPage: null, meta: meta() }))
  await act(async () => {
    fireEvent.click(screen.getByText('重试'))
  })
  expect(screen.getByText('微党课1')).toBeTruthy()
})

test('comes back fresh when the tab shows again, in the branch the 支部 tab switched to', async () => {
  mockedLogin.mockResolvedValue(
    ok(loginWith([membership(branch1, 'member'), membership(branch2, 'member')])),
  )
  mockedList.mockImplementation(async ({ orgId }) =>
    ok({ items: [card(orgId === 'org-branch-2' ? 2 : 1)], nextPage: null, meta: meta() }),
  )
  render(<StudyPage />)
  await screen.findByText('微党课1')
  expect(mockedList).toHaveBeenCalledTimes(1)

  mockedList.mockResolvedValueOnce(ok({ items: [card(3)], nextPage: null, meta: meta() }))
  await act(async () => pageEvents.show())
  expect(mockedList).toHaveBeenCalledTimes(2)
  expect(await screen.findByText('微党课3')).toBeTruthy()

  storage.set('zhibu.currentOrg', 'org-branch-2')
  await act(async () => pageEvents.show())
  expect(await screen.findByText('微党课2')).toBeTruthy()
  expect(mockedList).toHaveBeenLastCalledWith({ orgId: 'org-branch-2' })
})
