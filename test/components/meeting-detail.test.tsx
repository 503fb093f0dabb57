import { act, fireEvent, render, screen, within } from '@testing-library/react'
import MeetingDetailPage from '@/packages/meeting/detail'
import {
  decideRequest,
  getMeeting,
  releaseMinutes,
  requestAttendance,
  signIn,
} from '@/services/meeting'
import { pageEvents, router } from '../stubs/taro'
import { ALL_POWERS, detail, rosterEntry } from './meeting-fixtures'
import { ok, refused } from './org-fixtures'

jest.mock('@/services/meeting')

const mockedGet = jest.mocked(getMeeting)

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { id: 'mtg-1' }
})

function typeInto(container: HTMLElement, selector: string, value: string) {
  const field = container.querySelector(`${selector}`) as HTMLInputElement
  fireEvent.change(field, { target: { value } })
}

test('a member signs in with the code; a short code is caught before any call', async () => {
  mockedGet.mockResolvedValueOnce(ok(detail()))
  mockedGet.mockResolvedValue(
    ok(
      detail({
        myAttendance: {
          status: 'present',
          method: 'code',
          at: '2026-11-22T06:01:00.000Z',
          by: null,
          reason: '',
          request: null,
        },
      }),
    ),
  )
  jest
    .mocked(signIn)
    .mockResolvedValue(ok({ status: 'present', already: false, at: '2026-11-22T06:01:00.000Z' }))
  const { container } = render(<MeetingDetailPage />)
  await screen.findByText('十一月支委会')
  expect(mockedGet).toHaveBeenCalledWith({ meetingId: 'mtg-1' })

  typeInto(container, '[data-testid="sign-in-code"]', '123')
  fireEvent.click(container.querySelector('[data-testid="sign-in-submit"]') as HTMLElement)
  expect(await screen.findByText(/签到码是 6 位数字/)).toBeTruthy()
  expect(signIn).not.toHaveBeenCalled()

  typeInto(container, '[data-testid="sign-in-code"]', '482913')
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="sign-in-submit"]') as HTMLElement)
  })
  expect(signIn).toHaveBeenCalledWith({ meetingId: 'mtg-1', code: '482913', via: 'code' })
  expect(await screen.findByText(/^已签到/)).toBeTruthy()
  expect(container.querySelector('[data-testid="sign-in-code"]')).toBeNull()
})

test('a refused code keeps what was typed and shows the server’s reason', async () => {
  mockedGet.mockResolvedValue(ok(detail()))
  jest
    .mocked(signIn)
    .mockResolvedValue(
      refused('INVALID_ARGUMENT', '签到码不正确或已过期，请输入主持人手机上显示的最新签到码'),
    )
  const { container } = render(<MeetingDetailPage />)
  await screen.findByText('十一月支委会')
  typeInto(container, '[data-testid="sign-in-code"]', '000000')
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="sign-in-submit"]') as HTMLElement)
  })
  expect(await screen.findByText(/签到码不正确或已过期/)).toBeTruthy()
  expect((container.querySelector('[data-testid="sign-in-code"]') as HTMLInputElement).value).toBe(
    '000000',
  )
})

test('请假 asks for a reason; a refusal keeps the dialog and the reason', async () => {
  mockedGet.mockResolvedValue(ok(detail({ phase: 'upcoming' })))
  jest
    .mocked(requestAttendance)
    .mockResolvedValueOnce(refused('CONFLICT', '会议已经结束，不能再请假；如有特殊情况请联系书记'))
    .mockResolvedValueOnce(ok({ memberId: 'o-me', status: 'pending', request: 'leave' }))
  const { container } = render(<MeetingDetailPage />)
  await screen.findByText('十一月支委会')
  fireEvent.click(container.querySelector('[data-testid="meeting-ask-leave"]') as HTMLElement)
  const dialog = container.querySelector('.meeting-reason-dialog') as HTMLElement
  fireEvent.click(within(dialog).getByText('提交请假'))
  expect(await within(dialog).findByText(/至少 2 个字/)).toBeTruthy()
  expect(requestAttendance).not.toHaveBeenCalled()

  fireEvent.change(dialog.querySelector('textarea') as HTMLElement, {
    target: { value: '外出培训' },
  })
  await act(async () => fireEvent.click(within(dialog).getByText('提交请假')))
  expect(requestAttendance).toHaveBeenCalledWith({
    meetingId: 'mtg-1',
    kind: 'leave',
    reason: '外出培训',
  })
  expect(await within(dialog).findByText(/不能再请假/)).toBeTruthy()
  expect((dialog.querySelector('textarea') as HTMLTextAreaElement).value).toBe('外出培训')

  await act(async () => fireEvent.click(within(dialog).getByText('提交请假')))
  expect(container.querySelector('.meeting-reason-dialog')).toBeNull()
})

test('the secretary sees the roster, approves a leave request, and is warned of a short 党员大会', async () => {
  const pending = rosterEntry({
    attendance: {
      status: 'pending',
      method: null,
      at: null,
      by: null,
      reason: '',
      request: {
        kind: 'leave',
        reason: '出差',
        at: '2026-11-21T00:00:00.000Z',
        decision: null,
        decidedBy: null,
      },
    },
  })
  mockedGet.mockResolvedValue(
    ok(
      detail({
        kind: 'congress',
        phase: 'ended',
        can: ALL_POWERS,
        quorum: { voting: 12, votingPresent: 5, met: false },
        roster: [
          rosterEntry({ openid: 'o-secretary', nickname: '王建国', role: 'secretary' }),
          pending,
        ],
      }),
    ),
  )
  jest
    .mocked(decideRequest)
    .mockResolvedValue(ok({ memberId: 'o-member', status: 'leave', request: 'leave' }))
  const { container } = render(<MeetingDetailPage />)
  await screen.findByText('十一月支委会')
  expect(container.querySelector('[data-testid="meeting-quorum"]')?.textContent).toContain(
    '未超过半数，党员大会不能召开',
  )
  const row = container.querySelector('.meeting-roster-item[data-openid="o-member"]') as HTMLElement
  expect(row.textContent).toContain('请假理由：出差')
  await act(async () =>
    fireEvent.click(row.querySelector('[data-testid="meeting-approve"]') as HTMLElement),
  )
  expect(decideRequest).toHaveBeenCalledWith({
    meetingId: 'mtg-1',
    memberId: 'o-member',
    approve: true,
  })
  expect(mockedGet).toHaveBeenCalledTimes(2)
  expect(container.querySelector('[data-testid="meeting-write-minutes"]')?.textContent).toBe(
    '填写纪要',
  )
})

test('held minutes: members see that they wait for review; a leader may release them', async () => {
  mockedGet.mockResolvedValueOnce(ok(detail({ phase: 'ended', hasMinutes: true, minutes: null })))
  const { unmount } = render(<MeetingDetailPage />)
  expect(await screen.findByText('会议纪要正在复核，复核后可以查看')).toBeTruthy()
  unmount()

  mockedGet.mockResolvedValue(
    ok(
      detail({
        phase: 'ended',
        hasMinutes: true,
        can: ALL_POWERS,
        minutes: {
          summary: '提醒党员警惕兼职日结类诈骗信息。',
          resolutions: ['开展一次反诈宣传'],
          photos: [],
          expectedCount: 3,
          attendedCount: 2,
          absentees: [{ openid: 'o-member', nickname: '张晓明', reason: '请假：出差' }],
          recordedBy: { openid: 'o-committee', nickname: '李红梅' },
          recordedAt: '2026-11-22T08:00:00.000Z',
          version: 1,
          held: true,
        },
      }),
    ),
  )
  jest.mocked(releaseMinutes).mockResolvedValue(ok({} as never))
  const { container } = render(<MeetingDetailPage />)
  await screen.findByText('提醒党员警惕兼职日结类诈骗信息。')
  expect(
    container.querySelector('[data-testid="meeting-minutes-absentees"]')?.textContent,
  ).toContain('张晓明（请假：出差）')
  await act(async () =>
    fireEvent.click(container.querySelector('[data-testid="meeting-release"]') as HTMLElement),
  )
  expect(releaseMinutes).toHaveBeenCalledWith({ meetingId: 'mtg-1' })
})

test('reloads when the page shows again (back from the minutes page)', async () => {
  mockedGet.mockResolvedValue(ok(detail()))
  render(<MeetingDetailPage />)
  await screen.findByText('十一月支委会')
  await act(async () => pageEvents.show())
  expect(mockedGet).toHaveBeenCalledTimes(2)
})
