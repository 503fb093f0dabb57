import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import JoinPage from '@/packages/org/join'
import { requestJoin, viewInvite } from '@/services/org'
import { forgetSession } from '@/services/session'
import { formatShanghai } from '@/format/datetime'
import { HOUR_MS } from '../../types/time'
import { login } from '@/services/user'
import { pageEvents, router } from '../stubs/taro'
import { branch1, loginWith, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/user')
jest.mock('@/services/org')

const mockedView = jest.mocked(viewInvite)
const mockedRequest = jest.mocked(requestJoin)
const mockedLogin = jest.mocked(login)

beforeEach(() => {
  jest.clearAllMocks()
  forgetSession()
  router.params = { code: 'ABCD2345' }
  mockedLogin.mockResolvedValue(ok(loginWith([])))
})

test('shows the branch of the invite and asks to join it', async () => {
  mockedView.mockResolvedValue(ok({ code: 'ABCD2345', org: branch1, status: 'none' }))
  mockedRequest.mockResolvedValue(ok({ status: 'pending', org: branch1 }))
  render(<JoinPage />)

  expect(await screen.findByText('第一党支部')).toBeTruthy()
  expect(screen.getByText('党支部')).toBeTruthy()
  expect(mockedView).toHaveBeenCalledWith({ code: 'ABCD2345' })
  // Logging in creates the user, so the secretary sees a name on the request.
  expect(mockedLogin).toHaveBeenCalled()

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '申请加入本支部' }))
  })
  expect(mockedRequest).toHaveBeenCalledWith({ code: 'ABCD2345' })
  expect(screen.getByText('已提交，等待书记审批')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '申请加入本支部' })).toBeNull()
})

test('a request already waiting says so and offers no second request', async () => {
  mockedView.mockResolvedValue(ok({ code: 'ABCD2345', org: branch1, status: 'pending' }))
  render(<JoinPage />)
  expect(await screen.findByText('已提交，等待书记审批')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '申请加入本支部' })).toBeNull()
})

test('a refused request keeps the button and shows why', async () => {
  mockedView.mockResolvedValue(ok({ code: 'ABCD2345', org: branch1, status: 'none' }))
  mockedRequest.mockResolvedValue(
    refused('NOT_FOUND', '这个邀请已失效，请向支部书记要一个新的邀请'),
  )
  render(<JoinPage />)
  fireEvent.click(await screen.findByRole('button', { name: '申请加入本支部' }))
  expect(await screen.findByText('这个邀请已失效，请向支部书记要一个新的邀请')).toBeTruthy()
  expect(screen.getByRole('button', { name: '申请加入本支部' })).toBeTruthy()
})

test('a declined request shows 已拒绝 with the secretary’s reason and when one may ask again', async () => {
  const reapplyAt = new Date(Date.now() + 20 * HOUR_MS).toISOString()
  mockedView.mockResolvedValue(
    ok({
      code: 'ABCD2345',
      org: branch1,
      status: 'declined',
      declined: { reason: '请先到社区党群服务中心登记', reapplyAt },
    }),
  )
  const { container } = render(<JoinPage />)
  expect(await screen.findByText('已拒绝')).toBeTruthy()
  expect(screen.getByText('书记的说明：请先到社区党群服务中心登记')).toBeTruthy()
  expect(
    screen.getByText(`${formatShanghai(reapplyAt, 'M月D日 HH:mm')} 以后可以重新申请`),
  ).toBeTruthy()
  expect(container.querySelector('[data-testid="join-request"]')).toBeNull()
})

test('once the cool-down is over a declined person may ask again', async () => {
  mockedView.mockResolvedValue(
    ok({
      code: 'ABCD2345',
      org: branch1,
      status: 'declined',
      declined: { reason: '', reapplyAt: new Date(Date.now() - 1000).toISOString() },
    }),
  )
  mockedRequest.mockResolvedValue(ok({ status: 'pending', org: branch1 }))
  render(<JoinPage />)
  expect(await screen.findByText('现在可以重新申请')).toBeTruthy()
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '重新申请加入' }))
  })
  expect(mockedRequest).toHaveBeenCalledWith({ code: 'ABCD2345' })
  expect(screen.getByText('已提交，等待书记审批')).toBeTruthy()
  expect(screen.queryByText('已拒绝')).toBeNull()
})

test('an active member enters the branch on the 支部 tab with a fresh login', async () => {
  mockedView.mockResolvedValue(ok({ code: 'ABCD2345', org: branch1, status: 'active' }))
  render(<JoinPage />)
  const enter = await screen.findByRole('button', { name: '进入支部' })

  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'member')])))
  await act(async () => {
    fireEvent.click(enter)
  })
  expect(Taro.setStorageSync).toHaveBeenCalledWith('zhibu.currentOrg', 'org-branch-1')
  expect(mockedLogin).toHaveBeenCalledTimes(2)
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/branch/index' })
})

test('an expired invite shows the message, and one can type another code', async () => {
  mockedView.mockResolvedValue(refused('NOT_FOUND', '这个邀请已失效，请向支部书记要一个新的邀请'))
  render(<JoinPage />)
  expect(await screen.findByText('这个邀请已失效，请向支部书记要一个新的邀请')).toBeTruthy()
  fireEvent.click(screen.getByText('重新输入邀请码'))
  expect(screen.getByPlaceholderText('8 位邀请码')).toBeTruthy()
})

test('pull-down refresh looks at the invite again', async () => {
  mockedView.mockResolvedValueOnce(ok({ code: 'ABCD2345', org: branch1, status: 'pending' }))
  render(<JoinPage />)
  await screen.findByText('已提交，等待书记审批')
  mockedView.mockResolvedValueOnce(ok({ code: 'ABCD2345', org: branch1, status: 'active' }))
  await act(async () => pageEvents.pullDownRefresh())
  expect(await screen.findByRole('button', { name: '进入支部' })).toBeTruthy()
  expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
})

describe('opened without a code', () => {
  beforeEach(() => {
    router.params = {}
  })

  test('asks for one, checks its shape before calling, and accepts lower case', async () => {
    mockedView.mockResolvedValue(ok({ code: 'ABCD2345', org: branch1, status: 'none' }))
    render(<JoinPage />)
    const input = screen.getByPlaceholderText('8 位邀请码')

    fireEvent.change(input, { target: { value: 'ABC1' } })
    fireEvent.click(screen.getByRole('button', { name: '查看邀请' }))
    expect(screen.getByText('邀请码是 8 位字母或数字，请核对')).toBeTruthy()
    expect(mockedView).not.toHaveBeenCalled()

    fireEvent.change(screen.getByPlaceholderText('8 位邀请码'), {
      target: { value: 'abcd2345' },
    })
    fireEvent.click(screen.getByRole('button', { name: '查看邀请' }))
    expect(await screen.findByText('第一党支部')).toBeTruthy()
    expect(mockedView).toHaveBeenCalledWith({ code: 'ABCD2345' })
  })

  test('a code pasted with spaces and a dash is tidied in the box and accepted whole', async () => {
    mockedView.mockResolvedValue(ok({ code: 'AB3D9KXQ', org: branch1, status: 'none' }))
    render(<JoinPage />)
    const input = screen.getByPlaceholderText<HTMLInputElement>('8 位邀请码')
    expect(input.maxLength).toBeGreaterThanOrEqual(' ab3d - 9kxq '.length)

    fireEvent.change(input, { target: { value: ' ab3d - 9kxq ' } })
    expect(input.value).toBe('AB3D9KXQ')
    fireEvent.click(screen.getByRole('button', { name: '查看邀请' }))
    expect(await screen.findByText('第一党支部')).toBeTruthy()
    expect(mockedView).toHaveBeenCalledWith({ code: 'AB3D9KXQ' })
  })
})
