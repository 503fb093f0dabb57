import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import LessonReaderPage from '@/packages/lesson/reader'
import { measureReader } from '@/packages/lesson/reader/measure'
import { getLesson, reviewLesson, setPinned, submitLesson } from '@/services/lesson'
import { pageEvents, router } from '../stubs/taro'
import { lessonDetail, progress } from './lesson-fixtures'
import { ok, refused } from './org-fixtures'
import { DAY_MS, lastDayAhead, shanghaiDay } from '../../types/time'

jest.mock('@/services/lesson')
jest.mock('@/packages/lesson/reader/measure', () => ({
  ...jest.requireActual('@/packages/lesson/reader/measure'),
  measureReader: jest.fn(),
}))

const mockedGet = jest.mocked(getLesson)
const mockedReview = jest.mocked(reviewLesson)
const noTools = lessonDetail().can

beforeEach(() => {
  jest.clearAllMocks()
  router.params = { id: 'lesson-test-01' }
  jest.mocked(measureReader).mockResolvedValue({ contentHeight: 2000, viewHeight: 800 })
})

async function openReader() {
  render(<LessonReaderPage />)
  await screen.findByText('社区网格里的党员先锋岗')
}

test('reads in large type with its reading time, and shares a card that opens the reader', async () => {
  mockedGet.mockResolvedValue(ok(lessonDetail({ dueForMe: '2026-11-30T15:59:59.999Z' })))
  await openReader()
  expect(screen.getByText(/约 2 分钟 · 第一党支部/)).toBeTruthy()
  expect(screen.getByText('规定动作 · 11月30日前完成')).toBeTruthy()
  expect(screen.getByText('事情要具体，责任要到人，结果要让居民看得见。')).toBeTruthy()
  expect(pageEvents.shareAppMessage()).toEqual({
    title: '微党课｜社区网格里的党员先锋岗',
    path: '/packages/lesson/reader/index?id=lesson-test-01',
  })
})

test('resumes where the reader left off', async () => {
  mockedGet.mockResolvedValue(ok(lessonDetail({ progress: progress({ resumeAt: 60 }) })))
  await openReader()
  await act(async () => Promise.resolve())
  // 60 % of 2000 px above the bottom of an 800 px screen.
  expect(Taro.pageScrollTo).toHaveBeenCalledWith({ scrollTop: 400, duration: 0 })
})

test('says calmly what is left before the lesson counts as finished', async () => {
  mockedGet.mockResolvedValue(
    ok(
      lessonDetail({ progress: progress({ percent: 100, activeSeconds: 40, neededSeconds: 60 }) }),
    ),
  )
  await openReader()
  expect(screen.getByText('再认真读一会儿就完成了')).toBeTruthy()
  expect(screen.getByText(/还需约 20 秒/)).toBeTruthy()
})

describe('the reviewer', () => {
  beforeEach(() => {
    mockedGet.mockResolvedValue(
      ok(
        lessonDetail({
          status: 'pending',
          progress: null,
          authorName: '李红梅',
          history: [
            { at: '2026-11-21T02:00:00.000Z', event: 'submitted', actorName: '李红梅', note: '' },
          ],
          can: { ...noTools, review: true },
        }),
      ),
    )
  })

  test('sends a lesson back only with a note, and a refusal keeps the note', async () => {
    await openReader()
    expect(screen.getByText(/待审核|审核中/)).toBeTruthy()
    fireEvent.click(screen.getByText('退回修改'))
    const dialog = screen.getByRole('dialog')
    await act(async () => {
      fireEvent.click(within(dialog).getByText('退回'))
    })
    expect(within(dialog).getByText('请写明退回原因，方便作者修改')).toBeTruthy()
    expect(mockedReview).not.toHaveBeenCalled()

    fireEvent.change(within(dialog).getByPlaceholderText(/需要修改/), {
      target: { value: '请加一个本支部的例子' },
    })
    mockedReview.mockResolvedValueOnce(refused('CONFLICT', '这篇稿件已经退回给作者了'))
    await act(async () => {
      fireEvent.click(within(dialog).getByText('退回'))
    })
    expect(screen.getByText('这篇稿件已经退回给作者了')).toBeTruthy()
    expect((screen.getByPlaceholderText(/需要修改/) as HTMLTextAreaElement).value).toBe(
      '请加一个本支部的例子',
    )
    expect(mockedReview).toHaveBeenCalledWith({
      orgId: 'org-branch-1',
      lessonId: 'lesson-test-01',
      decision: 'reject',
      note: '请加一个本支部的例子',
    })
  })

  test('publishes and shows the lesson as published', async () => {
    await openReader()
    mockedReview.mockResolvedValueOnce(
      ok({ id: 'lesson-test-01', status: 'published', hold: null, updatedAt: '' }),
    )
    mockedGet.mockResolvedValue(ok(lessonDetail({ progress: null })))
    await act(async () => {
      fireEvent.click(screen.getByText('通过并发布'))
    })
    expect(mockedReview).toHaveBeenCalledWith({
      orgId: 'org-branch-1',
      lessonId: 'lesson-test-01',
      decision: 'publish',
    })
    expect(screen.queryByText('通过并发布')).toBeNull()
  })
})

test('the author of a lesson sent back sees the note and where it stands, edits and resubmits', async () => {
  mockedGet.mockResolvedValue(
    ok(
      lessonDetail({
        status: 'rejected',
        isAuthor: true,
        reviewNote: '请加一个本支部的例子',
        progress: null,
        history: [
          { at: '2026-11-21T02:00:00.000Z', event: 'submitted', actorName: '李红梅', note: '' },
          {
            at: '2026-11-21T04:00:00.000Z',
            event: 'rejected',
            actorName: '王建国',
            note: '请加一个本支部的例子',
          },
        ],
        can: { ...noTools, edit: true, submit: true },
      }),
    ),
  )
  await openReader()
  expect(screen.getByText('退回意见：请加一个本支部的例子')).toBeTruthy()
  expect(screen.getByText('退回修改：请加一个本支部的例子')).toBeTruthy()
  fireEvent.click(screen.getByText('修改'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/lesson/editor/index?id=lesson-test-01',
  })
  jest
    .mocked(submitLesson)
    .mockResolvedValueOnce(refused('INVALID_ARGUMENT', '正文至少 50 字再提交审核'))
  await act(async () => {
    fireEvent.click(screen.getByText('重新提交'))
  })
  expect(screen.getByText('正文至少 50 字再提交审核')).toBeTruthy()
})

test('leaders get completion rates and the pin', async () => {
  mockedGet.mockResolvedValue(
    ok(lessonDetail({ can: { ...noTools, pin: true, statsOrgId: 'org-branch-1' } })),
  )
  await openReader()
  fireEvent.click(screen.getByText('学习情况'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/lesson/stats/index?id=lesson-test-01&orgId=org-branch-1',
  })
  jest.mocked(setPinned).mockResolvedValueOnce(ok({ pinned: true }))
  await act(async () => {
    fireEvent.click(screen.getByText('置顶'))
  })
  expect(setPinned).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    lessonId: 'lesson-test-01',
    pinned: true,
  })
})

test('the 完成期限 picker offers tomorrow to the last day the server accepts', async () => {
  mockedGet.mockResolvedValue(
    ok(lessonDetail({ can: { ...noTools, requireOrgId: 'org-branch-1' } })),
  )
  await openReader()
  const picker = screen.getByLabelText('picker-date')
  expect([picker.getAttribute('min'), picker.getAttribute('max')]).toEqual([
    shanghaiDay(Date.now() + DAY_MS),
    lastDayAhead(Date.now()),
  ])
})

test('a lesson from another branch explains who may read it', async () => {
  mockedGet.mockResolvedValue(
    refused(
      'NOT_FOUND',
      '没有找到这篇微党课：它可能已被删除，或只对发布它的党组织及下级党组织的党员开放，加入支部后即可学习',
    ),
  )
  render(<LessonReaderPage />)
  expect(await screen.findByText(/加入支部后即可学习/)).toBeTruthy()
  expect(screen.queryByText('重试')).toBeNull()
})
