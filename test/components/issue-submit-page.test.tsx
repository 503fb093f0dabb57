import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import SubmitIssuePage from '@/packages/issue/submit'
import { DRAFT_KEY } from '@/packages/issue/submit/use-issue-draft'
import { listBranches, submitIssue } from '@/services/issue'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { router, storage } from '../stubs/taro'
import { detail, refusedWith } from './issue-fixtures'
import { branch1, loginWith, membership, ok, refused } from './org-fixtures'

jest.mock('@/services/user')
jest.mock('@/services/org')
jest.mock('@/services/issue')

const mockedLogin = jest.mocked(login)
const mockedBranches = jest.mocked(listBranches)
const mockedSubmit = jest.mocked(submitIssue)

const BRANCHES = [
  { id: 'org-branch-1', name: '第一党支部' },
  { id: 'org-branch-2', name: '第二党支部' },
]

beforeEach(() => {
  jest.clearAllMocks()
  storage.clear()
  forgetSession()
  router.params = {}
  mockedBranches.mockResolvedValue(ok(BRANCHES))
})

function field(container: HTMLElement, selector: string) {
  return container.querySelector(selector) as HTMLInputElement
}

async function renderAsResident() {
  mockedLogin.mockResolvedValue(ok(loginWith([])))
  const view = render(<SubmitIssuePage />)
  await screen.findByText('第二党支部')
  return view
}

test('a resident picks a branch and category, writes, and gets a calm answer', async () => {
  const { container } = await renderAsResident()
  mockedSubmit.mockResolvedValue(
    ok({ issue: detail(), message: '已提交给第一党支部，支部会在 7 天内答复，请留意进度。' }),
  )
  fireEvent.click(
    container.querySelector('[data-testid="issue-branch-option"][data-id="org-branch-1"]')!,
  )
  fireEvent.click(container.querySelector('[data-testid="issue-category"][data-key="facility"]')!)
  fireEvent.change(field(container, 'textarea[data-testid="issue-body"]'), {
    target: { value: '3 号楼东侧的路灯坏了。' },
  })
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-submit"]')!)
  })
  expect(mockedSubmit).toHaveBeenCalledWith(
    expect.objectContaining({
      orgId: 'org-branch-1',
      category: 'facility',
      body: '3 号楼东侧的路灯坏了。',
      contact: 'in_app',
      anonymous: false,
      requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    }),
  )
  expect(screen.getByText(/支部会在 7 天内答复/)).toBeTruthy()
  expect(storage.get(DRAFT_KEY)).toMatchObject({ body: '' })
})

test('says what is missing before sending anything', async () => {
  const { container } = await renderAsResident()
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-submit"]')!)
  })
  expect(screen.getByText('请选择要反映给哪个支部')).toBeTruthy()
  expect(mockedSubmit).not.toHaveBeenCalled()
})

test('preselects a member’s own branch', async () => {
  mockedLogin.mockResolvedValue(ok(loginWith([membership(branch1, 'member')])))
  const { container } = render(<SubmitIssuePage />)
  await screen.findByText('第二党支部')
  expect(
    container
      .querySelector('[data-testid="issue-branch-option"].issue-chip--on')
      ?.getAttribute('data-id'),
  ).toBe('org-branch-1')
})

test('a failed submission keeps the draft and its requestId, so sending again is the same case', async () => {
  const { container } = await renderAsResident()
  fireEvent.click(
    container.querySelector('[data-testid="issue-branch-option"][data-id="org-branch-2"]')!,
  )
  fireEvent.click(container.querySelector('[data-testid="issue-category"][data-key="safety"]')!)
  fireEvent.change(field(container, 'textarea[data-testid="issue-body"]'), {
    target: { value: '楼道里电线私拉乱接。' },
  })
  mockedSubmit.mockResolvedValueOnce(refused('INTERNAL', '网络不太好，请检查网络后重试'))
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-submit"]')!)
  })
  expect(screen.getByText(/草稿已保存/)).toBeTruthy()
  expect(field(container, 'textarea[data-testid="issue-body"]').value).toBe('楼道里电线私拉乱接。')
  // The banner is above the bottom bar, out of sight after tapping 提交: the refusal is toasted and
  // the page scrolls to it.
  expect(Taro.showToast).toHaveBeenCalledWith(
    expect.objectContaining({ title: expect.stringContaining('网络不太好'), icon: 'none' }),
  )
  expect(Taro.pageScrollTo).toHaveBeenCalledWith(
    expect.objectContaining({ selector: '.issue-submit-error' }),
  )

  mockedSubmit.mockResolvedValueOnce(ok({ issue: detail(), message: '已提交' }))
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-submit"]')!)
  })
  const [first, second] = mockedSubmit.mock.calls.map(([input]) => input.requestId)
  expect(second).toBe(first)
})

test('restores a draft left behind, and a rate limit message says when to try again', async () => {
  storage.set(DRAFT_KEY, {
    requestId: 'rsaveddraft0001',
    orgId: 'org-branch-2',
    category: 'environment',
    body: '垃圾站周末没人清运。',
    photos: [],
  })
  const { container } = await renderAsResident()
  expect(screen.getByText(/已恢复上次没提交的草稿/)).toBeTruthy()
  expect(field(container, 'textarea[data-testid="issue-body"]').value).toBe('垃圾站周末没人清运。')
  mockedSubmit.mockResolvedValue(
    refusedWith('RATE_LIMITED', '一小时内最多提交 5 条诉求，请在 10:30 以后再提交；草稿已为你保存'),
  )
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-submit"]')!)
  })
  expect(mockedSubmit).toHaveBeenCalledWith(
    expect.objectContaining({ requestId: 'rsaveddraft0001', orgId: 'org-branch-2' }),
  )
  expect(screen.getByText(/10:30 以后再提交/)).toBeTruthy()
})

test('anonymity allows only in-app replies and sends no phone', async () => {
  const { container } = await renderAsResident()
  fireEvent.click(container.querySelector('[data-testid="issue-contact"][data-key="phone"]')!)
  fireEvent.change(field(container, '.issue-contact-phone'), { target: { value: '13912345678' } })
  fireEvent.click(container.querySelector('[data-testid="issue-anonymous"]')!)
  expect(container.querySelector('.issue-contact-phone')).toBeNull()
  expect(
    container
      .querySelector('[data-testid="issue-contact"].issue-chip--on')
      ?.getAttribute('data-key'),
  ).toBe('in_app')
  fireEvent.click(
    container.querySelector('[data-testid="issue-branch-option"][data-id="org-branch-1"]')!,
  )
  fireEvent.click(container.querySelector('[data-testid="issue-category"][data-key="other"]')!)
  fireEvent.change(field(container, 'textarea[data-testid="issue-body"]'), {
    target: { value: '有人在小区里乱发小广告。' },
  })
  mockedSubmit.mockResolvedValue(ok({ issue: detail({ anonymous: true }), message: '已提交' }))
  await act(async () => {
    fireEvent.click(container.querySelector('[data-testid="issue-submit"]')!)
  })
  const input = mockedSubmit.mock.calls[0][0]
  expect(input).toMatchObject({ anonymous: true, contact: 'in_app' })
  expect(input.contactPhone).toBeUndefined()
})
