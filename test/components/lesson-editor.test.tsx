import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import LessonEditorPage from '@/packages/lesson/editor'
import { getLesson, saveDraft, submitLesson } from '@/services/lesson'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { pageEvents, router, storage } from '../stubs/taro'
import { lessonDetail } from './lesson-fixtures'
import { branch1, loginWith, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/user')
jest.mock('@/services/lesson')

const mockedGet = jest.mocked(getLesson)
const mockedSave = jest.mocked(saveDraft)
const mockedSubmit = jest.mocked(submitLesson)
const NEW_KEY = 'zhibu.lessonDraft.new.org-branch-1'

const saved = (id: string, hold: 'review' | 'risky' | null = null) =>
  ok({ id, status: 'draft' as const, hold, updatedAt: '2026-11-22T02:00:00.000Z' })

beforeEach(() => {
  jest.clearAllMocks()
  jest.useRealTimers()
  forgetSession()
  storage.clear()
  router.params = { orgId: 'org-branch-1' }
  jest
    .mocked(login)
    .mockResolvedValue(ok(loginWith([membership(branch1, 'committee')], 'o-committee')))
})

async function openEditor() {
  render(<LessonEditorPage />)
  return screen.findByPlaceholderText('标题（4–40 字）')
}

function type(placeholder: string | RegExp, value: string) {
  fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } })
}

test('keeps what is typed on the phone and restores it when the editor opens again', async () => {
  jest.useFakeTimers()
  const { unmount } = render(<LessonEditorPage />)
  await act(async () => {
    await jest.advanceTimersByTimeAsync(0)
  })
  type('标题（4–40 字）', '党员联系户怎么联系')
  type('写一段正文', '每月至少上门一次。')
  await act(async () => {
    await jest.advanceTimersByTimeAsync(500)
  })
  const stored = storage.get(NEW_KEY) as { draft: { title: string; lessonId: string } }
  expect(stored.draft.title).toBe('党员联系户怎么联系')
  unmount()
  jest.useRealTimers()

  await openEditor()
  expect(screen.getByText('已恢复你上次没有保存的内容')).toBeTruthy()
  expect((screen.getByPlaceholderText('标题（4–40 字）') as HTMLInputElement).value).toBe(
    '党员联系户怎么联系',
  )
  expect((screen.getByPlaceholderText('写一段正文') as HTMLTextAreaElement).value).toBe(
    '每月至少上门一次。',
  )
})

test('writes the last change to the phone when the page is hidden', async () => {
  await openEditor()
  type('标题（4–40 字）', '刚写的标题')
  await act(async () => pageEvents.hide())
  expect((storage.get(NEW_KEY) as { draft: { title: string } }).draft.title).toBe('刚写的标题')
})

test('saves a draft with its tags; a refusal keeps everything and says why', async () => {
  await openEditor()
  type('标题（4–40 字）', '读懂党员的权利和义务')
  type(/导语/, '八项义务和八项权利，一篇读完。')
  type(/标签/, '党章  党规党纪 党章')
  type('写一段正文', '党章规定，党员必须履行八项义务。')

  mockedSave.mockResolvedValueOnce(refused('INVALID_ARGUMENT', '每个标签最多 8 个字'))
  await act(async () => {
    fireEvent.click(screen.getByText('保存草稿'))
  })
  expect(screen.getByText('每个标签最多 8 个字')).toBeTruthy()
  expect((screen.getByPlaceholderText('标题（4–40 字）') as HTMLInputElement).value).toBe(
    '读懂党员的权利和义务',
  )
  const input = mockedSave.mock.calls[0][0]
  expect(input).toMatchObject({
    orgId: 'org-branch-1',
    title: '读懂党员的权利和义务',
    summary: '八项义务和八项权利，一篇读完。',
    tags: ['党章', '党规党纪'],
    blocks: [{ kind: 'text', text: '党章规定，党员必须履行八项义务。' }],
  })
  expect(input.lessonId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)

  mockedSave.mockResolvedValueOnce(saved(input.lessonId))
  await act(async () => {
    fireEvent.click(screen.getByText('保存草稿'))
  })
  // The same lesson id again: a retry never makes a second lesson.
  expect(mockedSave.mock.calls[1][0].lessonId).toBe(input.lessonId)
  expect(storage.has(NEW_KEY)).toBe(false)
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '草稿已保存', icon: 'success' })
})

test('submits for review and opens the lesson; a refused submit says what kind and stays in the editor', async () => {
  await openEditor()
  type('标题（4–40 字）', '帮老人识别网络骗局')
  type('写一段正文', '最常见的是“刷单返利”。')
  mockedSave.mockImplementation(async (input) => saved(input.lessonId))
  mockedSubmit.mockResolvedValueOnce({
    ok: false,
    code: 'CONTENT_RISKY',
    message: '微党课含有不适宜公开的内容（内容安全检查认为涉及违法犯罪），请修改后再提交',
  })
  await act(async () => {
    fireEvent.click(screen.getByText('提交审核'))
  })
  expect(screen.getByText(/涉及违法犯罪/)).toBeTruthy()
  expect(Taro.redirectTo).not.toHaveBeenCalled()

  mockedSubmit.mockImplementationOnce(async (input) =>
    ok({ id: input.lessonId, status: 'pending', hold: null, updatedAt: '' }),
  )
  await act(async () => {
    fireEvent.click(screen.getByText('提交审核'))
  })
  const lessonId = mockedSave.mock.calls[0][0].lessonId
  expect(Taro.redirectTo).toHaveBeenCalledWith({
    url: `/packages/lesson/reader/index?id=${lessonId}`,
  })
})

test('opens a lesson sent back with the reviewer’s note, and refuses one in review', async () => {
  router.params = { id: 'lesson-test-01' }
  mockedGet.mockResolvedValueOnce(
    ok(
      lessonDetail({
        status: 'rejected',
        isAuthor: true,
        reviewNote: '请补充一个本社区的例子',
        progress: null,
        can: { ...lessonDetail().can, edit: true, submit: true },
      }),
    ),
  )
  const { unmount } = render(<LessonEditorPage />)
  expect(await screen.findByText('退回意见：请补充一个本社区的例子')).toBeTruthy()
  expect((screen.getByPlaceholderText('标题（4–40 字）') as HTMLInputElement).value).toBe(
    '社区网格里的党员先锋岗',
  )
  unmount()

  mockedGet.mockResolvedValueOnce(
    ok(lessonDetail({ status: 'pending', isAuthor: true, progress: null })),
  )
  render(<LessonEditorPage />)
  expect(await screen.findByText('稿件正在审核中，请先在稿件页撤回再修改')).toBeTruthy()
})
