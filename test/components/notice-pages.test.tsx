import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import NoticeDetailPage from '@/packages/notice/detail'
import NoticeListPage from '@/packages/notice/list'
import PublishNoticePage from '@/packages/notice/publish'
import ReadReportPage from '@/packages/notice/report'
import { listNotices, openNotice, publishNotice, readReport, remindUnread } from '@/services/notice'
import { recordSubscriptions } from '@/services/user'
import type { NoticeDetail, NoticeSummary } from '../../types/notice'
import { router } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/notice')
jest.mock('@/services/user')

const summary = (overrides: Partial<NoticeSummary> = {}): NoticeSummary => ({
  id: 'notice-1',
  title: '本周五召开支部党员大会',
  orgId: 'org-branch-1',
  orgName: '第一党支部',
  scope: 'org',
  pinned: false,
  publishedAt: '2026-11-20T07:00:00.000Z',
  read: false,
  ...overrides,
})

const detail = (overrides: Partial<NoticeDetail> = {}): NoticeDetail => ({
  ...summary({ read: true }),
  body: '时间：周五下午 3 点',
  attachments: [],
  readAt: '2026-11-21T01:00:00.000Z',
  canSeeReads: false,
  ...overrides,
})

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-branch-1', id: 'notice-1' }
})

test('the list marks unread and pinned notices and opens one on tap', async () => {
  jest.mocked(listNotices).mockResolvedValue(
    ok({
      items: [summary({ pinned: true }), summary({ id: 'notice-2', title: '旧通知', read: true })],
      nextPage: null,
    }),
  )
  const { container } = render(<NoticeListPage />)
  await screen.findByText('旧通知')
  expect(container.querySelectorAll('.notice-tag--unread')).toHaveLength(1)
  expect(screen.getByText('置顶')).toBeTruthy()
  fireEvent.click(
    container.querySelector('[data-testid="notice-item"][data-id="notice-2"]') as HTMLElement,
  )
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/notice/detail/index?orgId=org-branch-1&id=notice-2',
  })
})

test('opening a notice shows it signed, and the read report link only to its leaders', async () => {
  jest.mocked(openNotice).mockResolvedValue(ok(detail()))
  const { unmount } = render(<NoticeDetailPage />)
  await screen.findByText('时间：周五下午 3 点')
  expect(openNotice).toHaveBeenCalledWith({ orgId: 'org-branch-1', noticeId: 'notice-1' })
  expect(screen.getByText(/已签阅/)).toBeTruthy()
  expect(screen.queryByText('查看签阅情况')).toBeNull()
  unmount()

  jest.mocked(openNotice).mockResolvedValue(ok(detail({ canSeeReads: true })))
  render(<NoticeDetailPage />)
  expect(await screen.findByText('查看签阅情况')).toBeTruthy()
})

test.each([
  ['the list', () => <NoticeListPage />],
  ['a notice', () => <NoticeDetailPage />],
])('%s asks for the notice-reminder credit from a tap, and records the accept', async (_, page) => {
  jest.mocked(listNotices).mockResolvedValue(ok({ items: [summary()], nextPage: null }))
  jest.mocked(openNotice).mockResolvedValue(ok(detail()))
  jest.mocked(recordSubscriptions).mockResolvedValue(ok({ recorded: 1 }))
  ;(globalThis as { SUBSCRIBE_TEMPLATE_IDS?: unknown }).SUBSCRIBE_TEMPLATE_IDS = {
    noticeReminder: 'TPL_NOTICE_REMINDER',
  }
  const prompt = jest.mocked(Taro.requestSubscribeMessage) as jest.Mock
  prompt.mockResolvedValueOnce({ TPL_NOTICE_REMINDER: 'accept' })
  render(page())
  fireEvent.click(await screen.findByText('有通知未签阅时提醒我'))
  expect(prompt).toHaveBeenCalledWith({ tmplIds: ['TPL_NOTICE_REMINDER'], entityIds: [] })
  await waitFor(() => expect(recordSubscriptions).toHaveBeenCalledWith(['noticeReminder']))
})

test('a notice that is gone says why and offers the way back, not a retry', async () => {
  jest
    .mocked(openNotice)
    .mockResolvedValue(refused('NOT_FOUND', '通知不存在或已被删除，请刷新后再试'))
  render(<NoticeDetailPage />)
  expect(await screen.findByText('通知不存在或已被删除，请刷新后再试')).toBeTruthy()
  expect(screen.queryByText('重试')).toBeNull()
  expect(screen.getByText('回到支部首页')).toBeTruthy()
})

test('publishing keeps what was typed when the server refuses, and says why', async () => {
  jest.mocked(publishNotice).mockResolvedValue(refused('INVALID_ARGUMENT', '标题至少 2 个字'))
  const { container } = render(<PublishNoticePage />)
  fireEvent.change(container.querySelector('.notice-publish__title') as HTMLElement, {
    target: { value: '会' },
  })
  fireEvent.change(container.querySelector('.notice-publish__body') as HTMLElement, {
    target: { value: '周五开会' },
  })
  fireEvent.click(container.querySelector('[data-testid="notice-publish__scope"]') as HTMLElement)
  fireEvent.click(screen.getByText('发布通知'))
  expect(await screen.findByText('标题至少 2 个字')).toBeTruthy()
  expect(publishNotice).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    title: '会',
    body: '周五开会',
    scope: 'subtree',
    pinned: false,
  })
  expect((container.querySelector('.notice-publish__body') as HTMLTextAreaElement).value).toBe(
    '周五开会',
  )
  expect(Taro.redirectTo).not.toHaveBeenCalled()
})

test('the read report shows each branch and reminds the unread', async () => {
  jest.mocked(readReport).mockResolvedValue(
    ok({
      noticeId: 'notice-1',
      expected: 10,
      read: 7,
      byBranch: [
        { orgId: 'org-branch-1', orgName: '第一党支部', expected: 6, read: 5 },
        { orgId: 'org-branch-2', orgName: '第二党支部', expected: 4, read: 2 },
      ],
    }),
  )
  jest.mocked(remindUnread).mockResolvedValue(ok({ reminded: 2, withoutCredit: 1, pending: 0 }))
  render(<ReadReportPage />)
  expect(await screen.findByText('已签阅 7 / 10 人')).toBeTruthy()
  expect(screen.getByText('已读 2 · 未读 2')).toBeTruthy()
  fireEvent.click(screen.getByText('提醒未签阅的 3 人'))
  await screen.findByText('提醒未签阅的 3 人')
  expect(remindUnread).toHaveBeenCalledWith({ orgId: 'org-branch-1', noticeId: 'notice-1' })
  expect(Taro.showModal).toHaveBeenCalledWith(
    expect.objectContaining({ content: expect.stringContaining('另有 1 人') }),
  )
})
