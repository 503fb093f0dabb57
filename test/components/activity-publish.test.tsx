import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import PublishActivityPage from '@/packages/activity/publish'
import {
  checkForm,
  defaultStart,
  fromShanghai,
  initialForm,
  shanghaiParts,
} from '@/packages/activity/publish/use-publish-form'
import { createActivity } from '@/services/activity'
import { lastDayAhead, shanghaiDay } from '../../types/time'
import { router } from '../stubs/taro'
import { summary } from './activity-fixtures'
import { ok } from './org-fixtures'

jest.mock('@/services/activity')

const mockedCreate = jest.mocked(createActivity)
const MINUTE = 60_000

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { orgId: 'org-branch-1' }
})

function input(container: HTMLElement, selector: string) {
  return container.querySelector(`${selector}`) as HTMLInputElement
}

test('defaults to a start 10–25 minutes ahead, ending 2 hours later, sign-up open until the start', () => {
  const now = Date.parse('2026-11-22T17:21:31Z')
  const start = defaultStart(now)
  expect(new Date(start).toISOString()).toBe('2026-11-22T17:45:00.000Z')
  const form = initialForm(now)
  expect(form.endsAt - form.startsAt).toBe(120 * MINUTE)
  expect(form.signUpBy).toBe(form.startsAt)
  expect(shanghaiParts(start)).toEqual({ date: '2026-11-23', time: '01:45' })
  expect(fromShanghai('2026-11-23', '01:45')).toBe(start)
})

test('the date pickers run from today to a year ahead, not into the past or to 2041', () => {
  const { container } = render(<PublishActivityPage />)
  const dates = Array.from(container.querySelectorAll('input[aria-label="picker-date"]'))
  expect(dates).toHaveLength(3)
  for (const picker of dates) {
    expect([picker.getAttribute('min'), picker.getAttribute('max')]).toEqual([
      shanghaiDay(Date.now()),
      lastDayAhead(Date.now()),
    ])
  }
})

test('says what to fix before sending anything', () => {
  const now = Date.now()
  const form = { ...initialForm(now), title: '主题党日', place: '活动室' }
  expect(checkForm(form, now)).toBe('')
  expect(checkForm({ ...form, title: ' ' }, now)).toContain('活动名称')
  expect(checkForm({ ...form, capacity: '0' }, now)).toContain('名额')
  expect(checkForm({ ...form, endsAt: form.startsAt }, now)).toContain('结束时间')
  expect(checkForm({ ...form, signUpBy: form.startsAt + MINUTE }, now)).toContain('报名截止')
})

test('publishes with UTC times and opens the new activity; a refusal keeps everything typed', async () => {
  mockedCreate.mockResolvedValueOnce({
    ok: false as const,
    code: 'CONTENT_RISKY' as const,
    message: '活动内容含有不适宜公开的内容，请修改后再提交',
  })
  mockedCreate.mockResolvedValueOnce(ok(summary({ id: 'act-new' })))
  const { container } = render(<PublishActivityPage />)
  fireEvent.click(screen.getByText('志愿服务'))
  fireEvent.change(input(container, '[data-testid="activity-form-title"]'), {
    target: { value: '环境整治' },
  })
  fireEvent.change(input(container, '[data-testid="activity-form-place"]'), {
    target: { value: '社区广场' },
  })
  fireEvent.change(input(container, '[data-testid="activity-form-capacity"]'), {
    target: { value: '12' },
  })

  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="activity-form-submit"]') as HTMLElement)
  })
  expect(container.querySelector('[data-testid="activity-form-error"]')?.textContent).toContain(
    '不适宜公开',
  )
  expect(input(container, '[data-testid="activity-form-title"]').value).toBe('环境整治')
  const sent = mockedCreate.mock.calls[0][0]
  expect(sent).toMatchObject({
    orgId: 'org-branch-1',
    kind: 'volunteer',
    title: '环境整治',
    place: '社区广场',
    capacity: 12,
  })
  expect(sent.startsAt).toMatch(/Z$/)
  expect(Date.parse(sent.signUpBy)).toBe(Date.parse(sent.startsAt))

  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="activity-form-submit"]') as HTMLElement)
  })
  expect(Taro.redirectTo).toHaveBeenCalledWith({
    url: '/packages/activity/detail/index?orgId=org-branch-1&id=act-new',
  })
})
