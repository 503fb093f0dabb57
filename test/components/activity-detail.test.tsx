import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ActivityDetailPage from '@/packages/activity/detail'
import {
  checkIn,
  getActivity,
  reviewReflection,
  signUp,
  submitReflection,
} from '@/services/activity'
import { pageEvents, router } from '../stubs/taro'
import { detail, underway } from './activity-fixtures'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/activity')

const mockedGet = jest.mocked(getActivity)
const mockedSignUp = jest.mocked(signUp)
const mockedCheckIn = jest.mocked(checkIn)
const mockedSubmit = jest.mocked(submitReflection)
const mockedReview = jest.mocked(reviewReflection)

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-branch-1', id: 'act-1' }
})

function field(container: HTMLElement, selector: string) {
  return container.querySelector(selector) as HTMLInputElement
}

test('a refused sign-up says the seats are gone and shows the activity as it now is', async () => {
  mockedGet.mockResolvedValueOnce(ok(detail({ capacity: 1, signedUp: 0 })))
  mockedGet.mockResolvedValueOnce(ok(detail({ capacity: 1, signedUp: 1 })))
  mockedSignUp.mockResolvedValue(refused('CONFLICT', '名额已满，本次活动报不上了'))
  const { container } = render(<ActivityDetailPage />)
  const button = await screen.findByText('报名参加')

  await act(async () => {
    fireEvent.click(button)
  })
  expect(mockedSignUp).toHaveBeenCalledWith({ orgId: 'org-branch-1', activityId: 'act-1' })
  expect(container.querySelector('[data-testid="activity-action-error"]')?.textContent).toContain(
    '名额已满',
  )
  expect(mockedGet).toHaveBeenCalledTimes(2)
  const full = container.querySelector('[data-testid="activity-sign-up"]') as HTMLButtonElement
  expect(full.textContent).toBe('名额已满')
  expect(full.disabled).toBe(true)
})

test('a signed-up member checks in with the code; a bad code is caught before any call', async () => {
  mockedGet.mockResolvedValueOnce(ok(underway({ mine: 'signedUp' })))
  mockedGet.mockResolvedValueOnce(ok(underway({ mine: 'checkedIn' })))
  mockedCheckIn.mockResolvedValue(ok({ checkedIn: true as const, already: false }))
  const { container } = render(<ActivityDetailPage />)
  await screen.findByText('你已报名')

  fireEvent.change(field(container, '[data-testid="sign-in-code"]'), { target: { value: '12a3' } })
  await act(async () => {
    fireEvent.click(screen.getByText('签到'))
  })
  expect(mockedCheckIn).not.toHaveBeenCalled()
  expect(container.querySelector('[data-testid="sign-in-error"]')?.textContent).toContain(
    '6 位数字',
  )

  fireEvent.change(field(container, '[data-testid="sign-in-code"]'), {
    target: { value: '123456' },
  })
  await act(async () => {
    fireEvent.click(screen.getByText('签到'))
  })
  expect(mockedCheckIn).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    activityId: 'act-1',
    code: '123456',
  })
  expect(await screen.findByText('你已签到，感谢参加')).toBeTruthy()
})

test('a refused 心得 keeps what was typed and says why', async () => {
  mockedGet.mockResolvedValue(ok(underway({ mine: 'checkedIn' })))
  mockedSubmit.mockResolvedValue(refused('CONFLICT', '签到参加了活动的同志才能写心得'))
  const { container } = render(<ActivityDetailPage />)
  await screen.findByText('提交心得')
  const text = '这次活动让我很受教育。'
  fireEvent.change(field(container, '[data-testid="activity-reflection-input"]'), {
    target: { value: text },
  })
  await act(async () => {
    fireEvent.click(screen.getByText('提交心得'))
  })
  expect(mockedSubmit).toHaveBeenCalledWith({ orgId: 'org-branch-1', activityId: 'act-1', text })
  expect(
    container.querySelector('[data-testid="activity-reflection-error"]')?.textContent,
  ).toContain('签到参加')
  expect(field(container, '[data-testid="activity-reflection-input"]').value).toBe(text)
})

test('a 支委 sees a held 心得 and publishes it; members never get review buttons', async () => {
  const held = {
    memberId: 'o-7',
    nickname: '褚静',
    text: '心得内容',
    at: new Date().toISOString(),
    status: 'held' as const,
  }
  mockedGet.mockResolvedValue(ok(underway({ canManage: true, reflections: [held] })))
  mockedReview.mockResolvedValue(ok({ status: 'approved' as const }))
  const { unmount } = render(<ActivityDetailPage />)
  const publish = await screen.findByText('发布')
  await act(async () => {
    fireEvent.click(publish)
  })
  expect(mockedReview).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    activityId: 'act-1',
    memberId: 'o-7',
    approve: true,
  })
  unmount()

  mockedGet.mockResolvedValue(ok(underway({ reflections: [{ ...held, status: 'approved' }] })))
  render(<ActivityDetailPage />)
  await screen.findByText('心得内容')
  expect(screen.queryByText('发布')).toBeNull()
})

test('shares a card that opens this activity, and shows the server’s refusal to outsiders', async () => {
  mockedGet.mockResolvedValueOnce(ok(detail({ kind: 'themeDay', title: '重温入党誓词' })))
  render(<ActivityDetailPage />)
  await screen.findByText('重温入党誓词')
  expect(pageEvents.shareAppMessage()).toEqual({
    title: '主题党日｜重温入党誓词',
    path: '/packages/activity/detail/index?orgId=org-branch-1&id=act-1',
  })

  mockedGet.mockResolvedValueOnce(
    refused('FORBIDDEN', '你没有权限进行这个操作，如有需要请联系支部书记'),
  )
  const outsider = render(<ActivityDetailPage />)
  expect(await screen.findByText(/你没有权限/)).toBeTruthy()
  expect(outsider.container.querySelector('.page-state__retry')).toBeNull()
  expect(screen.getByText('回到支部首页')).toBeTruthy()
  outsider.unmount()

  mockedGet.mockResolvedValueOnce(refused('INTERNAL', '服务暂时出了点问题，请稍后重试'))
  mockedGet.mockResolvedValueOnce(ok(detail()))
  const { container } = render(<ActivityDetailPage />)
  expect(await screen.findByText(/服务暂时出了点问题/)).toBeTruthy()
  await act(async () => {
    fireEvent.click(container.querySelector('.page-state__retry') as HTMLElement)
  })
  expect(await screen.findAllByText('社区环境整治志愿服务')).toBeTruthy()
})

test('a member scans the host’s QR: another activity’s code is refused before any call', async () => {
  mockedGet.mockResolvedValueOnce(ok(underway({ mine: 'signedUp' })))
  mockedGet.mockResolvedValueOnce(ok(underway({ mine: 'checkedIn' })))
  mockedCheckIn.mockResolvedValue(ok({ checkedIn: true as const, already: false }))
  const scan = jest.mocked(Taro.scanCode) as jest.Mock
  const { container } = render(<ActivityDetailPage />)
  await screen.findByText('你已报名')

  scan.mockResolvedValueOnce({ result: 'zhibu:signin:activity:act-2:654321' })
  await act(async () => {
    fireEvent.click(screen.getByText('扫码签到'))
  })
  expect(mockedCheckIn).not.toHaveBeenCalled()
  expect(container.querySelector('[data-testid="sign-in-error"]')?.textContent).toContain(
    '另一场活动',
  )

  scan.mockResolvedValueOnce({ result: 'zhibu:signin:activity:act-1:654321' })
  await act(async () => {
    fireEvent.click(screen.getByText('扫码签到'))
  })
  expect(mockedCheckIn).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    activityId: 'act-1',
    code: '654321',
  })
  expect(await screen.findByText('你已签到，感谢参加')).toBeTruthy()
})
