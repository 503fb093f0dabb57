import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import LocalLoginPage from '@/packages/local/login'
import {
  getLocalSession,
  listLocalIdentities,
  LocalGatewayError,
  loginAs,
  type LocalIdentity,
} from '@/platform/local-session'

jest.mock('@/platform/local-session', () => ({
  ...jest.requireActual('@/platform/local-session'),
  listLocalIdentities: jest.fn(),
  getLocalSession: jest.fn(),
  loginAs: jest.fn(),
}))

const identities: LocalIdentity[] = [
  { key: 'secretary', label: '书记', nickname: '王书记', openid: 'o-secretary' },
  { key: 'member', label: '党员', nickname: '李党员', openid: 'o-member' },
  { key: 'resident', label: '群众', nickname: '赵群众', openid: 'o-resident' },
]

beforeEach(() => {
  jest.clearAllMocks()
  jest.mocked(listLocalIdentities).mockResolvedValue(identities)
  jest.mocked(getLocalSession).mockResolvedValue(null)
})

test('lists the demo identities from the gateway as cards', async () => {
  const { container } = render(<LocalLoginPage />)
  await screen.findByText('书记')
  const cards = Array.from(
    container.querySelectorAll('.local-identity'),
    (card) => card.textContent,
  )
  expect(cards).toEqual(['书记王书记', '党员李党员', '群众赵群众'])
})

test('marks the identity already in use', async () => {
  jest.mocked(getLocalSession).mockResolvedValue(identities[1])
  const { container } = render(<LocalLoginPage />)
  await screen.findByText('当前')
  expect(container.querySelector('.local-identity--current')?.getAttribute('data-key')).toBe(
    'member',
  )
})

test('tapping a card logs in as that identity and switches to 我的', async () => {
  jest.mocked(loginAs).mockResolvedValue(identities[1])
  render(<LocalLoginPage />)
  const card = await screen.findByText('李党员')
  await act(async () => {
    fireEvent.click(card)
  })
  expect(loginAs).toHaveBeenCalledWith('member')
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' })
})

test('a refused login shows why and stays on the list', async () => {
  jest.mocked(loginAs).mockRejectedValue(new LocalGatewayError('没有这个演示身份，请重新选择'))
  render(<LocalLoginPage />)
  fireEvent.click(await screen.findByText('王书记'))
  expect(await screen.findByText('没有这个演示身份，请重新选择')).toBeTruthy()
  expect(Taro.switchTab).not.toHaveBeenCalled()
})

test('an unreachable gateway shows the error with 重试', async () => {
  jest
    .mocked(listLocalIdentities)
    .mockRejectedValueOnce(new LocalGatewayError('连不上本地服务，请确认已运行 npm start 后重试'))
  render(<LocalLoginPage />)
  expect(await screen.findByText('连不上本地服务，请确认已运行 npm start 后重试')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByText('王书记')).toBeTruthy()
})
