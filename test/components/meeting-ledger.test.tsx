import { act, fireEvent, render, screen } from '@testing-library/react'
import LedgerPage from '@/packages/meeting/ledger'
import SignInCodePage from '@/packages/meeting/signin'
import { exportLedger, getCompleteness, getSignInCode, setRhythm } from '@/services/meeting'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { router } from '../stubs/taro'
import { completeness } from './meeting-fixtures'
import { branch1, loginWith, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/meeting')
jest.mock('@/services/user')

beforeEach(() => {
  jest.clearAllMocks()
  forgetSession()
  router.params = { orgId: 'org-branch-1', id: 'mtg-1' }
  jest.mocked(login).mockResolvedValue(ok(loginWith([membership(branch1, 'secretary')])))
  jest.mocked(getCompleteness).mockResolvedValue(ok(completeness()))
})

test('shows held vs required per kind and lets the secretary set the rhythm', async () => {
  jest.mocked(setRhythm).mockResolvedValue(ok(completeness({ customRhythm: true, required: 9 })))
  const { container } = render(<LedgerPage />)
  await screen.findByText(/完成度 18%/)
  const committee = container.querySelector('.ledger-kind[data-kind="committee"]') as HTMLElement
  expect(committee.textContent).toContain('已开 1 / 应开 3')
  expect(committee.className).toContain('ledger-kind--short')

  fireEvent.click(await screen.findByText('设置每季度应开次数'))
  const inputs = container.querySelectorAll('.ledger-rhythm-input')
  fireEvent.change(inputs[2], { target: { value: '9' } })
  await act(async () =>
    fireEvent.click(container.querySelector('[data-testid="ledger-save-rhythm"]') as HTMLElement),
  )
  expect(screen.getByText('每项填 0 到 6 之间的整数')).toBeTruthy()
  expect(setRhythm).not.toHaveBeenCalled()
  fireEvent.change(inputs[2], { target: { value: '0' } })
  await act(async () =>
    fireEvent.click(container.querySelector('[data-testid="ledger-save-rhythm"]') as HTMLElement),
  )
  expect(setRhythm).toHaveBeenCalledWith({
    orgId: 'org-branch-1',
    rhythm: { congress: 1, committee: 3, group: 0, lecture: 1, themeDay: 3 },
  })
})

test('exports the chosen period and offers both files; a refusal says why', async () => {
  jest
    .mocked(exportLedger)
    .mockResolvedValueOnce(refused('FORBIDDEN', '你没有权限进行这个操作，如有需要请联系支部书记'))
    .mockResolvedValueOnce(
      ok({
        meetingCount: 4,
        docx: { fileID: 'cloud://env/exports/a.docx', url: 'http://x/a.docx', name: '台账.docx' },
        xlsx: { fileID: 'cloud://env/exports/a.xlsx', url: 'http://x/a.xlsx', name: '台账.xlsx' },
      }),
    )
  const { container } = render(<LedgerPage />)
  await screen.findByText(/完成度/)
  fireEvent.change(container.querySelector('[data-testid="ledger-from"] input') as HTMLElement, {
    target: { value: '2026-01-01' },
  })
  await act(async () =>
    fireEvent.click(container.querySelector('[data-testid="ledger-generate"]') as HTMLElement),
  )
  expect(await screen.findByText(/你没有权限/)).toBeTruthy()
  await act(async () =>
    fireEvent.click(container.querySelector('[data-testid="ledger-generate"]') as HTMLElement),
  )
  expect(exportLedger).toHaveBeenLastCalledWith({
    orgId: 'org-branch-1',
    from: '2026-01-01',
    to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  })
  expect(await screen.findByText('已生成 4 次会议的台账')).toBeTruthy()
  expect(container.querySelector('[data-testid="ledger-open-docx"]')).toBeTruthy()
  expect(container.querySelector('[data-testid="ledger-open-xlsx"]')).toBeTruthy()
})

test('the host’s code screen shows the code and count, and asks again when the code rotates', async () => {
  const view = (code: string, rotatesIn: number) => ({
    meetingId: 'mtg-1',
    title: '十一月支委会',
    code,
    qrText: `zhibu:signin:meeting:mtg-1:${code}`,
    rotatesAt: new Date(Date.now() + rotatesIn).toISOString(),
    attended: 3,
    expected: 12,
  })
  jest
    .mocked(getSignInCode)
    .mockResolvedValueOnce(ok(view('482913', -1000)))
    .mockResolvedValue(ok(view('511204', 25_000)))
  const { container } = render(<SignInCodePage />)
  await screen.findByText('已签到 3/12')
  expect(getSignInCode).toHaveBeenCalledWith({ meetingId: 'mtg-1' })
  // The first code was already due: the screen fetched the next one by itself.
  await screen.findByText('5')
  const digits = Array.from(
    container.querySelectorAll('.signin-code__digit'),
    (node) => node.textContent,
  )
  expect(digits.join('')).toBe('511204')
  expect(container.querySelector('.signin-code__qr')?.getAttribute('src')).toMatch(
    /^data:image\/gif;base64,/,
  )
})
