import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Taro from '@tarojs/taro'
import InboxPage from '@/packages/user/inbox'
import { TAB_PAGES } from '@/packages/user/inbox/open-link'
import { ME_TAB_INDEX } from '@/services/inbox-badge'
import { listMyInbox, markAllRead, markRead } from '@/services/inbox'
import type { InboxItem } from '../../types/inbox'
import { pageEvents } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/inbox')

const item = (overrides: Partial<InboxItem> = {}): InboxItem => ({
  id: 'ib_1',
  kind: 'issueReplied',
  title: '诉求已答复',
  body: '第一党支部已答复你的设施维修诉求，请查看并确认',
  link: 'packages/issue/detail/index?id=is_1',
  orgId: 'org-branch-1',
  createdAt: '2026-11-20T07:00:00.000Z',
  read: false,
  ...overrides,
})

const approved = item({
  id: 'ib_2',
  kind: 'joinApproved',
  title: '已批准加入',
  body: '第一党支部已批准你的入支部申请，身份为党员',
  link: 'pages/branch/index',
  read: true,
})

beforeEach(() => {
  jest.clearAllMocks()
  jest.mocked(markRead).mockResolvedValue(ok({ marked: 1 }))
  jest.mocked(markAllRead).mockResolvedValue(ok({ marked: 1 }))
})

const rowOf = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-testid="inbox-item"][data-id="${id}"]`) as HTMLElement

test('shows each message with its words, and marks the unread ones', async () => {
  jest.mocked(listMyInbox).mockResolvedValue(ok({ items: [item(), approved], nextPage: null }))
  const { container } = render(<InboxPage />)
  await screen.findByText('已批准加入')
  expect(screen.getByText('第一党支部已答复你的设施维修诉求，请查看并确认')).toBeTruthy()
  expect(rowOf(container, 'ib_1').querySelector('[data-testid="inbox-unread"]')).not.toBeNull()
  expect(rowOf(container, 'ib_2').querySelector('[data-testid="inbox-unread"]')).toBeNull()
  expect(screen.getByText(/^诉求 · /)).toBeTruthy()
})

test('tapping an unread message marks it read and opens its page; a tab page opens as a tab', async () => {
  jest.mocked(listMyInbox).mockResolvedValue(ok({ items: [item(), approved], nextPage: null }))
  const { container } = render(<InboxPage />)
  await screen.findByText('诉求已答复')
  fireEvent.click(rowOf(container, 'ib_1'))
  expect(markRead).toHaveBeenCalledWith({ ids: ['ib_1'] })
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/issue/detail/index?id=is_1' })
  expect(rowOf(container, 'ib_1').querySelector('[data-testid="inbox-unread"]')).toBeNull()

  fireEvent.click(rowOf(container, 'ib_2'))
  expect(markRead).toHaveBeenCalledTimes(1)
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/branch/index' })
})

test('全部标为已读 marks everything and loads the list again', async () => {
  jest
    .mocked(listMyInbox)
    .mockResolvedValueOnce(ok({ items: [item()], nextPage: null }))
    .mockResolvedValue(ok({ items: [item({ read: true })], nextPage: null }))
  const { container } = render(<InboxPage />)
  fireEvent.click(await screen.findByText('全部标为已读'))
  await waitFor(() => expect(markAllRead).toHaveBeenCalledTimes(1))
  await waitFor(() => expect(container.querySelector('[data-testid="inbox-unread"]')).toBeNull())
  expect(screen.queryByText('全部标为已读')).toBeNull()
})

test('with no messages it says what will show here; a refusal says why with 重试', async () => {
  jest.mocked(listMyInbox).mockResolvedValue(ok({ items: [], nextPage: null }))
  const { unmount } = render(<InboxPage />)
  expect(await screen.findByText('还没有消息')).toBeTruthy()
  expect(screen.queryByText('全部标为已读')).toBeNull()
  unmount()

  jest
    .mocked(listMyInbox)
    .mockResolvedValueOnce(refused('INTERNAL', '消息暂时打不开，请稍后重试'))
    .mockResolvedValue(ok({ items: [item()], nextPage: null }))
  render(<InboxPage />)
  fireEvent.click(await screen.findByText('重试'))
  expect(await screen.findByText('诉求已答复')).toBeTruthy()
})

test('pulling down asks for the list again', async () => {
  jest.mocked(listMyInbox).mockResolvedValue(ok({ items: [item()], nextPage: null }))
  render(<InboxPage />)
  await screen.findByText('诉求已答复')
  await act(async () => pageEvents.pullDownRefresh())
  expect(listMyInbox).toHaveBeenCalledTimes(2)
  expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
})

test('the badge and the tab links follow the tab bar of app.config', () => {
  const config = readFileSync(join(__dirname, '../../src/app.config.ts'), 'utf8')
  const tabs = [...config.matchAll(/pagePath: '([^']+)'/g)].map((match) => match[1])
  expect(tabs[ME_TAB_INDEX]).toBe('pages/me/index')
  expect(TAB_PAGES).toEqual(tabs)
})
