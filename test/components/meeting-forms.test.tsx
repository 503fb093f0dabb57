import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MeetingEditPage from '@/packages/meeting/edit'
import MinutesPage from '@/packages/meeting/minutes'
import {
  createMeeting,
  getMeeting,
  getMeetingForm,
  recordMinutes,
  updateMeeting,
} from '@/services/meeting'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import type { MeetingFormData } from '../../types/meeting'
import { lastDayAhead } from '../../types/time'
import { router, storage } from '../stubs/taro'
import { ALL_POWERS, detail, rosterEntry } from './meeting-fixtures'
import { branch1, loginWith, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/meeting')
jest.mock('@/services/user')

const form: MeetingFormData = {
  orgId: 'org-branch-1',
  orgName: '第一党支部',
  members: [
    { openid: 'o-secretary', nickname: '王建国', role: 'secretary' },
    { openid: 'o-committee', nickname: '李红梅', role: 'committee' },
    { openid: 'o-member', nickname: '张晓明', role: 'member' },
  ],
}

beforeEach(() => {
  jest.clearAllMocks()
  storage.clear()
  forgetSession()
  jest
    .mocked(login)
    .mockResolvedValue(ok(loginWith([membership(branch1, 'secretary')], 'o-secretary')))
  jest.mocked(getMeetingForm).mockResolvedValue(ok(form))
})

function type(container: HTMLElement, selector: string, value: string) {
  fireEvent.change(container.querySelector(selector) as HTMLElement, { target: { value } })
}

describe('scheduling form', () => {
  beforeEach(() => {
    router.params = { orgId: 'org-branch-1' }
  })

  it('says what is missing, then schedules a 支委会 with Beijing times, the host and the committee', async () => {
    jest
      .mocked(createMeeting)
      .mockResolvedValueOnce(refused('INTERNAL', '网络不太好，请检查网络后重试'))
      .mockResolvedValueOnce(ok(detail({ id: 'mtg-new' })))
    const { container } = render(<MeetingEditPage />)
    await screen.findByText('为第一党支部安排会议')
    fireEvent.click(container.querySelector('[data-testid="meeting-form-submit"]') as HTMLElement)
    expect(await screen.findByText('请填写会议名称（至少 2 个字）')).toBeTruthy()
    expect(createMeeting).not.toHaveBeenCalled()

    type(container, '[data-testid="meeting-form-title"]', '十二月支委会')
    type(container, '[data-testid="meeting-form-place"]', '小会议室')
    type(container, '[data-testid="meeting-form-agenda"]', '研究年终总结')
    type(container, '[data-testid="meeting-form-date"] input', '2026-12-03')
    type(container, '[data-testid="meeting-form-start"] input', '14:30')
    type(container, '[data-testid="meeting-form-end"] input', '16:00')
    expect(screen.getByText('应到人员（2 人）')).toBeTruthy()
    await act(async () =>
      fireEvent.click(
        container.querySelector('[data-testid="meeting-form-submit"]') as HTMLElement,
      ),
    )
    expect(await screen.findByText('网络不太好，请检查网络后重试')).toBeTruthy()
    // Nothing typed is lost; the retry carries the same request id, so the meeting is made once.
    expect(
      (container.querySelector('[data-testid="meeting-form-title"]') as HTMLInputElement).value,
    ).toBe('十二月支委会')
    await act(async () =>
      fireEvent.click(
        container.querySelector('[data-testid="meeting-form-submit"]') as HTMLElement,
      ),
    )
    const [first, second] = jest.mocked(createMeeting).mock.calls.map(([input]) => input)
    expect(second.requestId).toBe(first.requestId)
    expect(second).toMatchObject({
      orgId: 'org-branch-1',
      kind: 'committee',
      title: '十二月支委会',
      startsAt: '2026-12-03T06:30:00.000Z',
      endsAt: '2026-12-03T08:00:00.000Z',
      hostId: 'o-secretary',
      recorderId: 'o-committee',
      expected: ['o-secretary', 'o-committee'],
    })
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/packages/meeting/detail/index?id=mtg-new',
    })
  })

  it('the date picker ends a year ahead, where the server stops, not in 2041', async () => {
    const { container } = render(<MeetingEditPage />)
    await screen.findByText('为第一党支部安排会议')
    const picker = container.querySelector('[data-testid="meeting-form-date"] input') as HTMLElement
    expect(picker.getAttribute('max')).toBe(lastDayAhead(Date.now()))
  })

  it('the agenda box grows with what is typed instead of staying two lines tall', async () => {
    const { container } = render(<MeetingEditPage />)
    await screen.findByText('为第一党支部安排会议')
    const agenda = container.querySelector('[data-testid="meeting-form-agenda"]') as HTMLElement
    expect(agenda.getAttribute('data-auto-size')).toBe('true')
  })

  it('a 支委会 starts with the committee expected; choosing 党员大会 expects every member, a hand-picked list stays', async () => {
    const { container } = render(<MeetingEditPage />)
    await screen.findByText('为第一党支部安排会议')
    expect(screen.getByText('应到人员（2 人）')).toBeTruthy()
    const kind = container.querySelector('.meeting-form-kind select') as HTMLElement
    fireEvent.change(kind, { target: { value: '0' } })
    expect(screen.getAllByText('支部党员大会').length).toBeGreaterThan(0)
    expect(screen.getByText('应到人员（3 人）')).toBeTruthy()
    fireEvent.change(kind, { target: { value: '1' } })
    expect(screen.getByText('应到人员（2 人）')).toBeTruthy()
    fireEvent.click(
      container.querySelector('[data-testid="meeting-form-expected-custom"]') as HTMLElement,
    )
    fireEvent.click(
      container.querySelector(
        '[data-testid="meeting-form-member"][data-openid="o-member"]',
      ) as HTMLElement,
    )
    expect(screen.getByText('应到人员（3 人）')).toBeTruthy()
    fireEvent.change(kind, { target: { value: '2' } })
    expect(screen.getByText('应到人员（3 人）')).toBeTruthy()
  })

  it('a 党员大会 expects the 党员, not the 入党积极分子 or 群众 of the branch, who can still be picked', async () => {
    jest.mocked(getMeetingForm).mockResolvedValue(
      ok({
        ...form,
        members: [
          ...form.members,
          { openid: 'o-activist', nickname: '刘思远', role: 'activist' },
          { openid: 'o-masses', nickname: '赵大妈', role: 'masses' },
        ],
      }),
    )
    const { container } = render(<MeetingEditPage />)
    await screen.findByText('为第一党支部安排会议')
    const kind = container.querySelector('.meeting-form-kind select') as HTMLElement
    fireEvent.change(kind, { target: { value: '0' } })
    expect(screen.getByText('全体党员')).toBeTruthy()
    expect(screen.getByText('应到人员（3 人）')).toBeTruthy()
    fireEvent.click(
      container.querySelector('[data-testid="meeting-form-expected-custom"]') as HTMLElement,
    )
    const shown = () =>
      container.querySelector('.meeting-form-expected .meeting-field__label')?.textContent
    const before = shown()
    fireEvent.click(
      container.querySelector(
        '[data-testid="meeting-form-member"][data-openid="o-activist"]',
      ) as HTMLElement,
    )
    expect(shown()).not.toBe(before)
    expect(
      container.querySelector('[data-testid="meeting-form-member"][data-openid="o-activist"]')
        ?.textContent,
    ).toContain('刘思远')
  })

  it('narrows 应到人员 to the committee or a hand-picked list', async () => {
    jest.mocked(createMeeting).mockResolvedValue(ok(detail()))
    const { container } = render(<MeetingEditPage />)
    await screen.findByText('为第一党支部安排会议')
    fireEvent.click(
      container.querySelector('[data-testid="meeting-form-expected-committee"]') as HTMLElement,
    )
    expect(screen.getByText('应到人员（2 人）')).toBeTruthy()
    fireEvent.click(
      container.querySelector('[data-testid="meeting-form-expected-custom"]') as HTMLElement,
    )
    fireEvent.click(
      container.querySelector(
        '[data-testid="meeting-form-member"][data-openid="o-member"]',
      ) as HTMLElement,
    )
    expect(screen.getByText('应到人员（3 人）')).toBeTruthy()
    fireEvent.click(
      container.querySelector(
        '[data-testid="meeting-form-member"][data-openid="o-secretary"]',
      ) as HTMLElement,
    )
    type(container, '[data-testid="meeting-form-title"]', '党小组会')
    type(container, '[data-testid="meeting-form-place"]', '活动室')
    type(container, '[data-testid="meeting-form-agenda"]', '学习')
    await act(async () =>
      fireEvent.click(
        container.querySelector('[data-testid="meeting-form-submit"]') as HTMLElement,
      ),
    )
    expect(jest.mocked(createMeeting).mock.calls[0][0].expected).toEqual([
      'o-committee',
      'o-member',
    ])
  })
})

describe('editing a meeting under way', () => {
  beforeEach(() => {
    router.params = { id: 'mtg-1' }
    jest.mocked(getMeeting).mockResolvedValue(
      ok(
        detail({
          phase: 'open',
          can: ALL_POWERS,
          roster: [
            rosterEntry({ openid: 'o-secretary', nickname: '王建国', role: 'secretary' }),
            rosterEntry({ openid: 'o-committee', nickname: '李红梅', role: 'committee' }),
            rosterEntry({ openid: 'o-member', nickname: '张晓明' }),
          ],
        }),
      ),
    )
  })

  it('asks why 应到 changes once sign-in has opened, and sends the reason with the change', async () => {
    jest.mocked(updateMeeting).mockResolvedValue(ok(detail()))
    const { container } = render(<MeetingEditPage />)
    await screen.findByText('修改会议')
    expect(container.querySelector('[data-testid="meeting-form-reason"]')).toBeNull()
    fireEvent.click(
      container.querySelector(
        '[data-testid="meeting-form-member"][data-openid="o-member"]',
      ) as HTMLElement,
    )
    expect(screen.getByText('应到人员（2 人）')).toBeTruthy()
    await act(async () =>
      fireEvent.click(
        container.querySelector('[data-testid="meeting-form-submit"]') as HTMLElement,
      ),
    )
    expect(await screen.findByText('签到已经开始，调整应到人员请写明原因')).toBeTruthy()
    expect(updateMeeting).not.toHaveBeenCalled()
    type(container, '[data-testid="meeting-form-reason"]', '临时抽调参加防汛值班')
    await act(async () =>
      fireEvent.click(
        container.querySelector('[data-testid="meeting-form-submit"]') as HTMLElement,
      ),
    )
    expect(updateMeeting).toHaveBeenCalledWith(
      expect.objectContaining({
        meetingId: 'mtg-1',
        expected: ['o-secretary', 'o-committee'],
        reason: '临时抽调参加防汛值班',
      }),
    )
  })
})

describe('minutes form', () => {
  const meeting = detail({
    phase: 'ended',
    can: ALL_POWERS,
    counts: { expected: 3, attended: 1, guests: 0, leave: 1, pending: 0, missing: 1 },
    roster: [
      rosterEntry({
        openid: 'o-committee',
        nickname: '李红梅',
        attendance: {
          status: 'present',
          method: 'code',
          at: null,
          by: null,
          reason: '',
          request: null,
        },
      }),
      rosterEntry({ openid: 'o-absent', nickname: '周敏' }),
    ],
  })

  beforeEach(() => {
    router.params = { id: 'mtg-1' }
    jest.mocked(getMeeting).mockResolvedValue(ok(meeting))
  })

  it('saves summary, resolutions and absence reasons against the version it started from', async () => {
    jest.mocked(recordMinutes).mockResolvedValue(ok({ held: false } as never))
    const { container } = render(<MinutesPage />)
    await screen.findByText(/应到 3 人，实到 1 人/)
    type(container, '[data-testid="minutes-summary"]', '会议研究了年终总结的安排。')
    type(container, '.minutes-resolution', '十二月底前完成总结')
    fireEvent.click(
      container.querySelector('[data-testid="minutes-add-resolution"]') as HTMLElement,
    )
    type(container, '[data-testid="minutes-absence-reason"]', '外出学习')
    await act(async () =>
      fireEvent.click(container.querySelector('[data-testid="minutes-submit"]') as HTMLElement),
    )
    expect(recordMinutes).toHaveBeenCalledWith({
      meetingId: 'mtg-1',
      version: 0,
      summary: '会议研究了年终总结的安排。',
      resolutions: ['十二月底前完成总结'],
      photos: [],
      absenceNotes: [{ memberId: 'o-absent', reason: '外出学习' }],
    })
    expect(storage.has('zhibu.minutesDraft.mtg-1')).toBe(false)
    expect(Taro.navigateBack).toHaveBeenCalled()
  })

  it('keeps the draft on the phone when the save is refused, and restores it next time', async () => {
    jest
      .mocked(recordMinutes)
      .mockResolvedValue(
        refused('CONFLICT', '纪要已被他人更新，请刷新后再修改（你填写的内容已保留）'),
      )
    const { container, unmount } = render(<MinutesPage />)
    await screen.findByText(/应到 3 人/)
    type(container, '[data-testid="minutes-summary"]', '这是一份很重要的会议纪要草稿。')
    await act(async () =>
      fireEvent.click(container.querySelector('[data-testid="minutes-submit"]') as HTMLElement),
    )
    expect(await screen.findByText(/纪要已被他人更新/)).toBeTruthy()
    expect(screen.getByText(/载入最新版本/)).toBeTruthy()
    unmount()

    const again = render(<MinutesPage />)
    expect(await screen.findByText('已恢复上次未提交的草稿')).toBeTruthy()
    expect(
      (again.container.querySelector('[data-testid="minutes-summary"]') as HTMLTextAreaElement)
        .value,
    ).toBe('这是一份很重要的会议纪要草稿。')
  })
})
