import { act, render, screen } from '@testing-library/react'
import AuditPage from '@/packages/org/audit'
import { listAudit } from '@/services/org'
import type { AuditItem } from '../../types/org'
import { pageEvents, router } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/org')

const mockedAudit = jest.mocked(listAudit)

const entry = (id: string, at: string, summary: string): AuditItem => ({
  id,
  at,
  actorNickname: '王建国',
  action: 'org.decideJoin',
  orgId: 'org-branch-1',
  summary,
})

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-branch-1' }
})

test('shows who did what in Beijing time, and pages on reaching the bottom', async () => {
  mockedAudit.mockImplementation(async ({ page }) =>
    page === 1
      ? ok({ items: [entry('a2', '2026-11-01T23:30:00Z', '生成入支部邀请')], nextPage: null })
      : ok({ items: [entry('a1', '2026-11-02T16:05:00Z', '批准入支部申请')], nextPage: 1 }),
  )
  render(<AuditPage />)
  expect(await screen.findByText('批准入支部申请')).toBeTruthy()
  // 16:05 UTC is past midnight in Beijing.
  expect(screen.getByText('2026-11-03 00:05')).toBeTruthy()
  expect(screen.getByText('王建国')).toBeTruthy()

  await act(async () => pageEvents.reachBottom())
  expect(screen.getByText('2026-11-02 07:30')).toBeTruthy()
  expect(mockedAudit).toHaveBeenLastCalledWith({ orgId: 'org-branch-1', page: 1 })
})

test('an empty log and a refused one', async () => {
  mockedAudit.mockResolvedValueOnce(ok({ items: [], nextPage: null }))
  const { unmount } = render(<AuditPage />)
  expect(await screen.findByText('还没有操作记录')).toBeTruthy()
  unmount()

  mockedAudit.mockResolvedValueOnce(
    refused('FORBIDDEN', '你没有权限进行这个操作，如有需要请联系支部书记'),
  )
  render(<AuditPage />)
  expect(await screen.findByText('你没有权限进行这个操作，如有需要请联系支部书记')).toBeTruthy()
})
