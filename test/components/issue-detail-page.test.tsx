import { act, fireEvent, render, screen } from '@testing-library/react'
import IssueDetailPage from '@/packages/issue/detail'
import {
  acceptIssue,
  assignIssue,
  confirmIssue,
  getIssue,
  listAssignees,
  replyToIssue,
} from '@/services/issue'
import { router } from '../stubs/taro'
import { detail, refusedWith } from './issue-fixtures'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/issue')

const mockedGet = jest.mocked(getIssue)
const mockedAccept = jest.mocked(acceptIssue)
const mockedAssign = jest.mocked(assignIssue)
const mockedAssignees = jest.mocked(listAssignees)
const mockedReply = jest.mocked(replyToIssue)
const mockedConfirm = jest.mocked(confirmIssue)

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { id: 'is_test_1' }
})

const asHandler = detail({
  mine: false,
  submitterName: '匿名提交人',
  anonymous: true,
  allowed: ['accept', 'reject'],
})

function status(container: HTMLElement) {
  return container.querySelector('[data-testid="issue-detail"]')?.getAttribute('data-status')
}

test('a 书记 sees only the steps the server allows, and an anonymous case says so', async () => {
  mockedGet.mockResolvedValue(ok(asHandler))
  const { container } = render(<IssueDetailPage />)
  await screen.findByText('3 号楼东侧的路灯坏了一个多星期。')
  expect(container.querySelector('[data-testid="issue-accept"]')).toBeTruthy()
  expect(container.querySelector('[data-testid="issue-reject"]')).toBeTruthy()
  expect(container.querySelector('[data-testid="issue-reply"]')).toBeNull()
  expect(screen.getByText(/身份对办理人保密/)).toBeTruthy()
})

test('accepting then assigning updates the case from each reply', async () => {
  mockedGet.mockResolvedValue(ok(asHandler))
  const { container } = render(<IssueDetailPage />)
  await screen.findByText('3 号楼东侧的路灯坏了一个多星期。')
  mockedAccept.mockResolvedValue(
    ok(detail({ ...asHandler, status: 'accepted', allowed: ['assign'] })),
  )
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-accept"]')!)
  })
  expect(mockedAccept).toHaveBeenCalledWith({ orgId: 'org-branch-1', issueId: 'is_test_1' })
  expect(status(container)).toBe('accepted')

  mockedAssignees.mockResolvedValue(
    ok([{ memberId: 'o_demo_committee', nickname: '李红梅', roleLabel: '支委' }]),
  )
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-assign"]')!)
  })
  mockedAssign.mockResolvedValue(
    ok(detail({ ...asHandler, status: 'assigned', assigneeName: '李红梅（支委）', allowed: [] })),
  )
  await act(async () => {
    fireEvent.click(container.querySelector('.issue-assignee[data-id="o_demo_committee"]')!)
  })
  expect(mockedAssign).toHaveBeenCalledWith(
    expect.objectContaining({ assigneeId: 'o_demo_committee' }),
  )
  expect(status(container)).toBe('assigned')
})

test('a refused reply keeps what was typed and shows why', async () => {
  mockedGet.mockResolvedValue(
    ok(detail({ mine: false, status: 'in_progress', allowed: ['reply'] })),
  )
  const { container } = render(<IssueDetailPage />)
  await screen.findByText('3 号楼东侧的路灯坏了一个多星期。')
  fireEvent.click(container.querySelector('[data-testid="issue-reply"]')!)
  fireEvent.change(container.querySelector('textarea[data-testid="issue-reply-body"]')!, {
    target: { value: '已经修好了。' },
  })
  mockedReply.mockResolvedValue(
    refusedWith('CONTENT_RISKY', '答复含有不适宜公开的内容，请修改后再提交'),
  )
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-reply-submit"]')!)
  })
  expect(screen.getByText('答复含有不适宜公开的内容，请修改后再提交')).toBeTruthy()
  expect(
    (container.querySelector('textarea[data-testid="issue-reply-body"]') as HTMLTextAreaElement)
      .value,
  ).toBe('已经修好了。')
})

test('the submitter rates before confirming, and sees a held case as 审核中 with a calm note', async () => {
  mockedGet.mockResolvedValue(
    ok(
      detail({
        status: 'replied',
        reply: {
          body: '已更换灯泡。',
          photos: [],
          checkingPhotos: [],
          at: '2026-11-21T02:00:00.000Z',
          by: '李红梅（支委）',
        },
        allowed: ['confirm', 'reopen'],
      }),
    ),
  )
  const { container } = render(<IssueDetailPage />)
  await screen.findByText('已更换灯泡。')
  fireEvent.click(container.querySelector('[data-testid="issue-confirm"]')!)
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-confirm-submit"]')!)
  })
  expect(screen.getByText('请先点星星给办理结果打分')).toBeTruthy()
  expect(mockedConfirm).not.toHaveBeenCalled()
  fireEvent.click(container.querySelector('.issue-star[data-value="4"]')!)
  mockedConfirm.mockResolvedValue(ok(detail({ status: 'resolved', rating: 4 })))
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-confirm-submit"]')!)
  })
  expect(mockedConfirm).toHaveBeenCalledWith({
    issueId: 'is_test_1',
    rating: 4,
    comment: '',
    publicConsent: false,
  })
  expect(status(container)).toBe('resolved')
})

test('a held case tells its submitter calmly that it is being reviewed', async () => {
  mockedGet.mockResolvedValue(ok(detail({ held: true })))
  const { container } = render(<IssueDetailPage />)
  await screen.findByText(/内容审核中/)
  expect(container.querySelector('.issue-status')?.textContent).toBe('审核中')
})

test('a case that cannot be opened says so and offers the way back, not 重试', async () => {
  mockedGet.mockResolvedValue(refused('NOT_FOUND', '这条诉求不存在或已被删除，请刷新后再试'))
  render(<IssueDetailPage />)
  await screen.findByText('这条诉求不存在或已被删除，请刷新后再试')
  expect(screen.queryByText('重试')).toBeNull()
  expect(screen.getByText('找不到这项内容')).toBeTruthy()
})
