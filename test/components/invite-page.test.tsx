import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import InvitePage from '@/packages/org/invite'
import { createInvite } from '@/services/org'
import { pageEvents, router } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/org')

const mockedCreate = jest.mocked(createInvite)
const taroEnv = process.env.TARO_ENV
const invite = {
  code: 'K7M3PQ2X',
  orgId: 'org-branch-1',
  orgName: '第一党支部',
  expiresAt: '2026-11-09T02:00:00.000Z',
}

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-branch-1' }
})

afterEach(() => {
  process.env.TARO_ENV = taroEnv
})

test('creates an invite on tap and shows the code, its expiry in Beijing time and 分享到支部群', async () => {
  mockedCreate.mockResolvedValue(ok(invite))
  const { container } = render(<InvitePage />)
  expect(mockedCreate).not.toHaveBeenCalled()

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '生成邀请' }))
  })
  expect(mockedCreate).toHaveBeenCalledWith({ orgId: 'org-branch-1' })
  expect(container.querySelector('.invite-code')?.textContent).toBe('K7M3PQ2X')
  expect(screen.getByText('有效期至 11月9日 10:00')).toBeTruthy()
  expect(screen.getByRole('button', { name: '分享到支部群' })).toBeTruthy()
})

test('shares a card to the join page with a shareTicket', async () => {
  mockedCreate.mockResolvedValue(ok(invite))
  render(<InvitePage />)
  expect(Taro.updateShareMenu).toHaveBeenCalledWith({ withShareTicket: true })
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '生成邀请' }))
  })
  expect(pageEvents.shareAppMessage()).toEqual({
    title: '邀请你加入第一党支部',
    path: '/packages/org/join/index?code=K7M3PQ2X',
  })
})

test('a refusal says why and offers to try again', async () => {
  mockedCreate.mockResolvedValueOnce(
    refused('FORBIDDEN', '你没有权限进行这个操作，如有需要请联系支部书记'),
  )
  render(<InvitePage />)
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '生成邀请' }))
  })
  expect(screen.getByText('你没有权限进行这个操作，如有需要请联系支部书记')).toBeTruthy()

  mockedCreate.mockResolvedValueOnce(ok(invite))
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '重新生成' }))
  })
  expect(screen.getByText('K7M3PQ2X')).toBeTruthy()
})

test('in the H5 preview it shows the join link to copy instead of a share button', async () => {
  process.env.TARO_ENV = 'h5'
  mockedCreate.mockResolvedValue(ok(invite))
  const { container } = render(<InvitePage />)
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '生成邀请' }))
  })
  const link = container.querySelector('.invite-link')?.textContent ?? ''
  expect(link.endsWith('#/packages/org/join/index?code=K7M3PQ2X')).toBe(true)
  expect(screen.queryByRole('button', { name: '分享到支部群' })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '复制链接' }))
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: link })
  expect(Taro.updateShareMenu).not.toHaveBeenCalled()
})
