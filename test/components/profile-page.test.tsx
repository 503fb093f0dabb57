import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ProfilePage from '@/packages/user/profile'
import { getProfile, updateProfile } from '@/services/user'
import { profile, secretaryLogin } from './fixtures'

jest.mock('@/services/user')

const mockedGetProfile = jest.mocked(getProfile)
const mockedUpdate = jest.mocked(updateProfile)

beforeEach(() => {
  jest.clearAllMocks()
  mockedGetProfile.mockResolvedValue({ ok: true, data: secretaryLogin })
})

function field(placeholderStart: string) {
  return screen.getByPlaceholderText((text) =>
    text.startsWith(placeholderStart),
  ) as HTMLInputElement
}

test('prefills the nickname and shows the stored phone only in masked form', async () => {
  render(<ProfilePage />)
  expect(((await screen.findByPlaceholderText('请输入昵称')) as HTMLInputElement).value).toBe(
    '王书记',
  )
  expect(field('当前 138****5678').value).toBe('')
  expect(screen.getByText(/完整号码不会被保存/)).toBeTruthy()
})

test('saves nickname and phone, toasts 已保存 and goes back', async () => {
  jest.useFakeTimers()
  mockedUpdate.mockResolvedValue({ ok: true, data: { ...profile, nickname: '王建国' } })
  render(<ProfilePage />)
  await act(async () => {
    await Promise.resolve()
  })

  fireEvent.change(screen.getByPlaceholderText('请输入昵称'), { target: { value: '王建国' } })
  fireEvent.change(field('当前'), { target: { value: '13912345678' } })
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
  })

  expect(mockedUpdate).toHaveBeenCalledWith({ nickname: '王建国', phone: '13912345678' })
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }))
  await act(async () => {
    jest.runAllTimers()
  })
  expect(Taro.navigateBack).toHaveBeenCalled()
  jest.useRealTimers()
})

test('an empty phone field keeps the number on file', async () => {
  mockedUpdate.mockResolvedValue({ ok: true, data: profile })
  render(<ProfilePage />)
  fireEvent.click(await screen.findByRole('button', { name: '保存' }))
  await act(async () => {
    await Promise.resolve()
  })
  expect(mockedUpdate).toHaveBeenCalledWith({ nickname: '王书记' })
})

test("shows the server's validation message and stays on the page", async () => {
  mockedUpdate.mockResolvedValue({
    ok: false,
    code: 'INVALID_ARGUMENT',
    message: '请填写 11 位手机号',
  })
  render(<ProfilePage />)
  fireEvent.change(await screen.findByPlaceholderText((text) => text.startsWith('当前')), {
    target: { value: '123' },
  })
  fireEvent.click(screen.getByRole('button', { name: '保存' }))

  expect(await screen.findByText('请填写 11 位手机号')).toBeTruthy()
  expect(Taro.showToast).not.toHaveBeenCalled()
  expect(Taro.navigateBack).not.toHaveBeenCalled()
})

test('a failed load shows the error with 重试', async () => {
  mockedGetProfile.mockResolvedValueOnce({
    ok: false,
    code: 'INTERNAL',
    message: '网络不太好，请检查网络后重试',
  })
  render(<ProfilePage />)
  expect(await screen.findByText('网络不太好，请检查网络后重试')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByPlaceholderText('请输入昵称')).toBeTruthy()
})
