import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ActivityListPage from '@/packages/activity/list'
import ShowcasePage from '@/packages/activity/showcase'
import { listActivities, listShowcase } from '@/services/activity'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { pageEvents, router } from '../stubs/taro'
import { summary } from './activity-fixtures'
import { branch1, loginWith, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/activity')
jest.mock('@/services/user')

const mockedList = jest.mocked(listActivities)
const mockedShowcase = jest.mocked(listShowcase)
const mockedLogin = jest.mocked(login)

beforeEach(() => {
  jest.clearAllMocks()
  forgetSession()
  router.params = { orgId: 'org-branch-1' }
})

test('shows each activity’s state and my part; a member is not offered 发布活动', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'member')])))
  mockedList.mockResolvedValue(
    ok({
      items: [
        summary({ id: 'a', capacity: 2, signedUp: 2 }),
        summary({
          id: 'b',
          title: '重温入党誓词',
          kind: 'themeDay',
          mine: 'checkedIn',
          phase: 'ended',
        }),
      ],
      nextPage: null,
    }),
  )
  const { container } = render(<ActivityListPage />)
  await screen.findByText('重温入党誓词')
  expect(container.querySelector('[data-id="a"] .activity-phase')?.textContent).toBe('名额已满')
  expect(
    container.querySelector('[data-id="b"] [data-testid="activity-item__mine"]')?.textContent,
  ).toBe('已签到')
  expect(container.querySelector('[data-testid="activity-publish"]')).toBeNull()
  fireEvent.click(container.querySelector('[data-id="b"]') as HTMLElement)
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/activity/detail/index?orgId=org-branch-1&id=b',
  })
})

test('an empty branch invites a 支委 to publish; pull-down loads afresh', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'committee')])))
  mockedList.mockResolvedValue(ok({ items: [], nextPage: null }))
  render(<ActivityListPage />)
  expect(await screen.findByText('还没有活动')).toBeTruthy()
  expect(await screen.findByText('发布活动')).toBeTruthy()
  await act(async () => pageEvents.pullDownRefresh())
  expect(mockedList).toHaveBeenCalledTimes(2)
  expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
})

test('支部风采 shows photos and 心得, names the branch when several appear, and says when empty', async () => {
  mockedShowcase.mockResolvedValueOnce(
    ok({
      items: [
        {
          id: 's1',
          orgId: 'org-branch-1',
          orgName: '第一党支部',
          kind: 'themeDay' as const,
          title: '参观纪念馆',
          place: '纪念馆',
          startsAt: new Date().toISOString(),
          checkedIn: 5,
          photos: [{ id: 'p1', fileID: 'cloud://env/uploads/activity/a.png' }],
          photoCount: 1,
          reflections: [{ nickname: '张晓明', text: '很受教育' }],
          reflectionCount: 1,
        },
        {
          id: 's2',
          orgId: 'org-branch-2',
          orgName: '第二党支部',
          kind: 'volunteer' as const,
          title: '关爱老人',
          place: '二期',
          startsAt: new Date().toISOString(),
          checkedIn: 3,
          photos: [],
          photoCount: 0,
          reflections: [{ nickname: '郑秀英', text: '很温暖' }],
          reflectionCount: 1,
        },
      ],
      nextPage: null,
    }),
  )
  router.params = { orgId: 'org-committee' }
  const { container, unmount } = render(<ShowcasePage />)
  await screen.findByText('参观纪念馆')
  expect(container.querySelectorAll('.showcase-photo')).toHaveLength(1)
  expect(container.querySelector('[data-id="s2"] .activity-card__meta')?.textContent).toContain(
    '第二党支部',
  )
  expect(screen.getByText('“很受教育”')).toBeTruthy()
  unmount()

  mockedShowcase.mockResolvedValueOnce(
    refused('FORBIDDEN', '你没有权限进行这个操作，如有需要请联系支部书记'),
  )
  render(<ShowcasePage />)
  expect(await screen.findByText(/你没有权限/)).toBeTruthy()
})

test('comes back fresh from a sign-up, keeping the list on screen meanwhile', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'member')])))
  mockedList.mockResolvedValueOnce(
    ok({ items: [summary({ id: 'a', signedUp: 1 })], nextPage: null }),
  )
  const { container } = render(<ActivityListPage />)
  await screen.findByText('已报名 1/10')
  expect(mockedList).toHaveBeenCalledTimes(1)

  let answer: (value: Awaited<ReturnType<typeof listActivities>>) => void = () => undefined
  mockedList.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)))
  act(() => pageEvents.show())
  expect(mockedList).toHaveBeenCalledTimes(2)
  expect(container.querySelector('[data-id="a"]')).not.toBeNull()
  await act(async () => answer(ok({ items: [summary({ id: 'a', signedUp: 2 })], nextPage: null })))
  expect(screen.getByText('已报名 2/10')).toBeTruthy()
})
