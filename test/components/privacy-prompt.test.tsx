import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ReactElement } from 'react'
import ActivityDetailPage from '@/packages/activity/detail'
import SubmitIssuePage from '@/packages/issue/submit'
import MinutesPage from '@/packages/meeting/minutes'
import { attachPrivacyHost, listenForPrivacyRequests } from '@/platform/privacy'
import { getActivity } from '@/services/activity'
import { listBranches } from '@/services/issue'
import { getMeeting } from '@/services/meeting'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { privacyEvents, router, storage } from '../stubs/taro'
import { detail as activityDetail, underway } from './activity-fixtures'
import { ALL_POWERS, detail as meetingDetail } from './meeting-fixtures'
import { loginWith, ok } from './org-fixtures'

jest.mock('@/services/activity')
jest.mock('@/services/meeting')
jest.mock('@/services/issue')
jest.mock('@/services/org')
jest.mock('@/services/user')

const taroEnv = process.env.TARO_ENV

beforeAll(() => {
  process.env.TARO_ENV = 'weapp'
  listenForPrivacyRequests()
  // At launch only: a second call (another page, a hot start) adds no second listener.
  listenForPrivacyRequests()
})

afterAll(() => {
  process.env.TARO_ENV = taroEnv
})

beforeEach(() => {
  storage.clear()
  forgetSession()
})

test('the listener is registered once, at app level', () => {
  expect(Taro.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
})

const PAGES: [string, () => Promise<ReactElement>, string][] = [
  [
    'an activity (adding photos)',
    async () => {
      router.params = { orgId: 'org-branch-1', id: 'act-1' }
      jest.mocked(getActivity).mockResolvedValue(ok(activityDetail(underway())))
      return <ActivityDetailPage />
    },
    '社区环境整治志愿服务',
  ],
  [
    'the meeting minutes (adding photos)',
    async () => {
      router.params = { id: 'mtg-1' }
      jest
        .mocked(getMeeting)
        .mockResolvedValue(ok(meetingDetail({ can: ALL_POWERS, phase: 'ended', minutes: null })))
      return <MinutesPage />
    },
    '会议纪要',
  ],
  [
    'a new issue (photos and the place on the map)',
    async () => {
      router.params = {}
      jest.mocked(login).mockResolvedValue(ok(loginWith([])))
      jest.mocked(listBranches).mockResolvedValue(ok([{ id: 'org-branch-1', name: '第一党支部' }]))
      return <SubmitIssuePage />
    },
    '第一党支部',
  ],
]

test.each(PAGES)(
  'from %s: the dialog shows, and 同意 lets the waiting API go on',
  async (_, page, loaded) => {
    const { unmount } = render(await page())
    await screen.findAllByText(new RegExp(loaded))
    let resolve = jest.fn()
    act(() => {
      resolve = privacyEvents.need('chooseMedia')
    })
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })
    expect(await screen.findByRole('dialog')).toBeTruthy()
    expect(screen.getByText(/选择照片需要访问你的相册或相机/)).toBeTruthy()
    act(() => {
      fireEvent.click(screen.getByText('同意'))
    })
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'privacy-agree' })
    expect(screen.queryByRole('dialog')).toBeNull()

    // 不同意 answers too: the API then fails with "privacy permission is not authorized".
    act(() => {
      resolve = privacyEvents.need('chooseMedia')
    })
    act(() => {
      fireEvent.click(screen.getByText('不同意'))
    })
    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
    unmount()
  },
)

test('the page in front shows the dialog; with none able to, the API is refused at once', () => {
  const behind = jest.fn()
  const inFront = jest.fn()
  const leaveBehind = attachPrivacyHost(behind)
  const leaveFront = attachPrivacyHost(inFront)
  behind.mockClear()
  inFront.mockClear()
  privacyEvents.need('setClipboardData')
  expect(inFront).toHaveBeenCalledWith(expect.objectContaining({ referrer: 'setClipboardData' }))
  expect(behind).not.toHaveBeenCalled()
  leaveFront()
  leaveBehind()

  const resolve = privacyEvents.need('scanCode')
  expect(resolve).toHaveBeenCalledWith({ event: 'disagree' })
})
