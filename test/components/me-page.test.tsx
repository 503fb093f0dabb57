import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MePage from '@/pages/me'
import { getLocalSession } from '@/platform/local-session'
import { countUnread } from '@/services/inbox'
import { login } from '@/services/user'
import { pageEvents, storage } from '../stubs/taro'
import { secretaryLogin } from './fixtures'

jest.mock('@/services/user')
jest.mock('@/services/inbox')
jest.mock('@/platform/local-session')

const mockedLogin = jest.mocked(login)
const mockedSession = jest.mocked(getLocalSession)
const taroEnv = process.env.TARO_ENV

beforeEach(() => {
  jest.clearAllMocks()
  storage.clear()
  jest.mocked(countUnread).mockResolvedValue({ ok: true, data: { unread: 0 } })
})

afterEach(() => {
  process.env.TARO_ENV = taroEnv
})

test('shows nickname, masked phone and each membership with its role label', async () => {
  mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
  const { container } = render(<MePage />)

  expect(await screen.findByText('王书记')).toBeTruthy()
  expect(container.querySelector('.me-nickname')?.textContent).toBe('王书记')
  expect(screen.getByText('138****5678')).toBeTruthy()
  const memberships = Array.from(
    container.querySelectorAll('.me-membership'),
    (row) => row.textContent,
  )
  expect(memberships).toEqual(['东湖社区第一支部书记', '东湖街道党总支支委'])
})

test('an error envelope shows its message, and 重试 logs in again', async () => {
  mockedLogin.mockResolvedValueOnce({
    ok: false,
    code: 'UNAUTHENTICATED',
    message: '登录已失效，请重新进入小程序',
  })
  render(<MePage />)
  expect(await screen.findByText('登录已失效，请重新进入小程序')).toBeTruthy()
  expect(screen.queryByText('王书记')).toBeNull()

  mockedLogin.mockResolvedValueOnce({ ok: true, data: secretaryLogin })
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByText('王书记')).toBeTruthy()
  expect(mockedLogin).toHaveBeenCalledTimes(2)
})

test('someone in no org is told so instead of an empty list', async () => {
  mockedLogin.mockResolvedValue({ ok: true, data: { ...secretaryLogin, memberships: [] } })
  render(<MePage />)
  expect(await screen.findByText('还没有加入任何组织')).toBeTruthy()
})

test('编辑资料 opens the profile subpackage', async () => {
  mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
  render(<MePage />)
  fireEvent.click(await screen.findByText('编辑资料'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/user/profile/index' })
})

test('pull-down refresh logs in again and stops the spinner', async () => {
  mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
  render(<MePage />)
  await screen.findByText('王书记')

  const renamed = { ...secretaryLogin, profile: { ...secretaryLogin.profile, nickname: '王建国' } }
  mockedLogin.mockResolvedValue({ ok: true, data: renamed })
  await act(async () => pageEvents.pullDownRefresh())
  expect(await screen.findByText('王建国')).toBeTruthy()
  expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
})

test('in the weapp build it never asks the local gateway who is logged in', async () => {
  mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
  render(<MePage />)
  await screen.findByText('王书记')
  expect(mockedSession).not.toHaveBeenCalled()
})

describe('H5 local preview', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
  })

  test('without a demo identity it asks to pick one and does not log in', async () => {
    mockedSession.mockResolvedValue(null)
    render(<MePage />)
    expect(await screen.findByText('本地预览：请先选择一个演示身份')).toBeTruthy()
    expect(mockedLogin).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole('button', { name: '选择演示身份' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/local/login/index' })
  })

  test('with a demo identity it shows who you are playing and offers 切换身份', async () => {
    mockedSession.mockResolvedValue({
      key: 'secretary',
      label: '书记',
      nickname: '王书记',
      openid: 'o-secretary',
    })
    mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
    const { container } = render(<MePage />)

    expect(await screen.findByText('演示身份：书记（王书记）')).toBeTruthy()
    fireEvent.click(container.querySelector('.me-switch-identity') as Element)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/local/login/index' })
  })
})

test('党费 opens 我的党费 for each branch the person belongs to, not for a 总支', async () => {
  mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
  const { container } = render(<MePage />)
  await screen.findByText('王书记')
  const rows = container.querySelectorAll('.me-dues')
  expect(Array.from(rows, (row) => row.textContent)).toEqual(['我的党费 · 东湖社区第一支部'])
  fireEvent.click(rows[0] as HTMLElement)
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/dues/mine/index?orgId=org-branch-1&role=secretary',
  })
})

test('an 入党积极分子 is not offered 我的党费: 党费 is the 党员’s', async () => {
  const activist = {
    ...secretaryLogin,
    memberships: secretaryLogin.memberships.map((membership) => ({
      ...membership,
      role: 'activist' as const,
    })),
  }
  mockedLogin.mockResolvedValue({ ok: true, data: activist })
  const { container } = render(<MePage />)
  await screen.findByText('王书记')
  expect(container.querySelectorAll('.me-dues')).toHaveLength(0)
})

describe('长辈模式', () => {
  const neighbour = {
    ...secretaryLogin,
    profile: { ...secretaryLogin.profile, openid: 'o-neighbour', nickname: '李阿姨' },
  }
  const elderSwitch = () => screen.getByTestId('me-elder-mode') as HTMLInputElement

  test('switching it on makes this page large at once and is remembered for this person', async () => {
    mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
    const { container, unmount } = render(<MePage />)
    await screen.findByText('王书记')
    expect(screen.getByText('字号更大、按钮更大')).toBeTruthy()
    expect(elderSwitch().checked).toBe(false)
    expect(container.querySelector('.me')?.classList.contains('zhibu-elder')).toBe(false)

    fireEvent.click(elderSwitch())
    expect(elderSwitch().checked).toBe(true)
    expect(container.querySelector('.me')?.classList.contains('zhibu-elder')).toBe(true)
    expect(storage.get('zhibu.elderMode.o-secretary')).toBe(true)
    unmount()

    // Opened again later: still on.
    const again = render(<MePage />)
    await screen.findByText('王书记')
    await act(async () => pageEvents.show())
    expect(elderSwitch().checked).toBe(true)
    expect(again.container.querySelector('.me')?.classList.contains('zhibu-elder')).toBe(true)
  })

  test('someone else logging in on the same phone does not inherit it, and the owner gets it back', async () => {
    mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
    const first = render(<MePage />)
    await screen.findByText('王书记')
    fireEvent.click(elderSwitch())
    first.unmount()

    mockedLogin.mockResolvedValue({ ok: true, data: neighbour })
    const second = render(<MePage />)
    await screen.findByText('李阿姨')
    expect(elderSwitch().checked).toBe(false)
    expect(second.container.querySelector('.me')?.classList.contains('zhibu-elder')).toBe(false)
    second.unmount()

    mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
    render(<MePage />)
    await screen.findByText('王书记')
    expect(elderSwitch().checked).toBe(true)
  })

  test('switching it off again brings back the normal size', async () => {
    mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
    const { container } = render(<MePage />)
    await screen.findByText('王书记')
    fireEvent.click(elderSwitch())
    fireEvent.click(elderSwitch())
    expect(elderSwitch().checked).toBe(false)
    expect(container.querySelector('.me')?.classList.contains('zhibu-elder')).toBe(false)
    expect(Taro.removeStorageSync).toHaveBeenCalledWith('zhibu.elderMode.o-secretary')
  })
})

test('消息 shows the unread count, badges the 我的 tab and opens the inbox; none read clears the badge', async () => {
  mockedLogin.mockResolvedValue({ ok: true, data: secretaryLogin })
  jest.mocked(countUnread).mockResolvedValue({ ok: true, data: { unread: 3 } })
  const { container, unmount } = render(<MePage />)
  expect(await screen.findByText('3 条未读')).toBeTruthy()
  expect(Taro.setTabBarBadge).toHaveBeenCalledWith({ index: 3, text: '3' })
  fireEvent.click(container.querySelector('.me-inbox') as HTMLElement)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/user/inbox/index' })
  unmount()

  jest.mocked(countUnread).mockResolvedValue({ ok: true, data: { unread: 0 } })
  render(<MePage />)
  await screen.findAllByText('消息')
  await act(async () => undefined)
  expect(Taro.removeTabBarBadge).toHaveBeenCalledWith({ index: 3 })
  expect(screen.queryByText(/条未读/)).toBeNull()
})
