import { act, renderHook } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { STILL_BUSY, useAction } from '@/hooks/use-action'
import { ok, refused } from './org-fixtures'

beforeEach(() => jest.clearAllMocks())

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

test('a refused action keeps its message for the banner and does not reload the page', async () => {
  const reload = jest.fn(() => Promise.resolve())
  const { result } = renderHook(() => useAction<'save'>({ reload }))
  let answer = ''
  await act(async () => {
    answer = await result.current.run('save', () =>
      Promise.resolve(refused('FORBIDDEN', '无权操作')),
    )
  })
  expect(answer).toBe('无权操作')
  expect(result.current.error).toBe('无权操作')
  expect(result.current.busy).toBe('')
  expect(reload).not.toHaveBeenCalled()
})

test('an action that went through says so, hands over the answer, then reloads', async () => {
  const order: string[] = []
  const reload = jest.fn(async () => {
    order.push('reload')
  })
  const { result } = renderHook(() => useAction<'save'>({ reload }))
  await act(async () => {
    await result.current.run('save', () => Promise.resolve(ok({ id: 'm1' })), {
      done: '已保存',
      then: ({ id }) => {
        order.push(`then ${id}`)
      },
    })
  })
  expect(order).toEqual(['then m1', 'reload'])
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'success' })
  expect(result.current.error).toBe('')
})

test('a long toast goes without the icon, which would cut it at 7 characters', async () => {
  const { result } = renderHook(() => useAction())
  await act(async () => {
    await result.current.run('x', () => Promise.resolve(ok(null)), { done: '开会前会提醒你一次' })
  })
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '开会前会提醒你一次', icon: 'none' })
})

test('while one action runs, busy names it and a second tap is turned away', async () => {
  const slow = deferred<ReturnType<typeof ok<null>>>()
  const second = jest.fn(() => Promise.resolve(ok(null)))
  const { result } = renderHook(() => useAction<'first' | 'second'>())
  let first: Promise<string> = Promise.resolve('')
  act(() => {
    first = result.current.run('first', () => slow.promise)
  })
  expect(result.current.busy).toBe('first')
  let answer = ''
  await act(async () => {
    answer = await result.current.run('second', second)
  })
  expect(answer).toBe(STILL_BUSY)
  expect(second).not.toHaveBeenCalled()
  await act(async () => {
    slow.resolve(ok(null))
    await first
  })
  expect(result.current.busy).toBe('')
})

test('a refusal after which the page moved on reloads it too', async () => {
  const reload = jest.fn(() => Promise.resolve())
  const { result } = renderHook(() => useAction({ reload, reloadOn: ['CONFLICT'] }))
  await act(async () => {
    await result.current.run('x', () => Promise.resolve(refused('CONFLICT', '名额已满')))
  })
  expect(reload).toHaveBeenCalledTimes(1)
})

test('an action that throws (an upload) ends busy and says what to do', async () => {
  const { result } = renderHook(() => useAction())
  let answer = ''
  await act(async () => {
    answer = await result.current.run('x', () => Promise.reject(new Error('socket hang up')), {
      failed: '照片上传失败，请检查网络后重试',
    })
  })
  expect(answer).toBe('照片上传失败，请检查网络后重试')
  expect(result.current.busy).toBe('')
})

test('an inline refusal is left to the form that shows it, not the page banner', async () => {
  const { result } = renderHook(() => useAction())
  await act(async () => {
    await result.current.run(
      'x',
      () => Promise.resolve(refused('INVALID_ARGUMENT', '签到码不对')),
      {
        inline: true,
      },
    )
  })
  expect(result.current.error).toBe('')
})
