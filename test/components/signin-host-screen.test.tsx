import { act, render, screen } from '@testing-library/react'
import { SignInHostScreen } from '@/components/signin-host-screen'
import type { Reply } from '../../types/errors'
import type { SignInCodeView } from '../../types/signin'
import { pageEvents } from '../stubs/taro'
import { ok, refused } from './org-fixtures'

type Answer = SignInCodeView

const answer = (code: string, checkedIn: number): Answer => ({
  title: '社区环境整治志愿服务',
  code,
  qrText: `zhibu:signin:activity:act-1:${code}`,
  rotatesAt: new Date(Date.now() + 30_000).toISOString(),
  attended: checkedIn,
  expected: 20,
})

function renderScreen(fetchCode: () => Promise<Reply<Answer>>) {
  return render(<SignInHostScreen fetchCode={fetchCode} hint="请扫码签到" note="每 30 秒更换" />)
}

test('the host sees the code, the QR and the live count', async () => {
  const fetchCode = jest.fn(() => Promise.resolve(ok(answer('482913', 3))))
  const { container } = renderScreen(fetchCode)
  expect(await screen.findByText('已签到 3/20')).toBeTruthy()
  const digits = Array.from(container.querySelectorAll('.signin-code__digit'), (d) => d.textContent)
  expect(digits.join('')).toBe('482913')
  expect(screen.getByText('请扫码签到')).toBeTruthy()
})

test('a failed refresh keeps the last code on screen and says why it may be out of date', async () => {
  const fetchCode = jest
    .fn<Promise<Reply<Answer>>, []>()
    .mockResolvedValueOnce(ok(answer('482913', 3)))
    .mockResolvedValue(refused('INTERNAL', '网络不太好，请检查网络后重试'))
  renderScreen(fetchCode)
  await screen.findByText('已签到 3/20')
  await act(async () => pageEvents.show())
  expect(await screen.findByText('网络不太好，请检查网络后重试')).toBeTruthy()
  expect(screen.getByText('已签到 3/20')).toBeTruthy()
})

test('a refusal before any code shows what to do, and retry asks again', async () => {
  const fetchCode = jest
    .fn<Promise<Reply<Answer>>, []>()
    .mockResolvedValueOnce(refused('CONFLICT', '会议已结束，签到已关闭'))
    .mockResolvedValue(ok(answer('111111', 0)))
  const { container } = renderScreen(fetchCode)
  expect(await screen.findByText('会议已结束，签到已关闭')).toBeTruthy()
  await act(async () => {
    ;(container.querySelector('.page-state__retry') as HTMLElement).click()
  })
  expect(await screen.findByText('已签到 0/20')).toBeTruthy()
})
