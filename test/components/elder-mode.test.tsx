import fs from 'node:fs'
import path from 'node:path'
import { act, render, screen } from '@testing-library/react'
import BranchPage from '@/pages/branch'
import NoticeListPage from '@/packages/notice/list'
import { setElderMode } from '@/platform/elder-mode'
import { getHome } from '@/services/org'
import { listNotices } from '@/services/notice'
import { forgetSession } from '@/services/session'
import { login } from '@/services/user'
import { router, storage } from '../stubs/taro'
import { branch1, home, loginWith, membership, ok } from './org-fixtures'

jest.mock('@/services/user')
jest.mock('@/services/org')
jest.mock('@/services/notice')
jest.mock('@/platform/local-session')

const ELDER = 'zhibu-elder'
const member = loginWith([membership(branch1, 'member')], 'o-grandpa')

beforeEach(() => {
  jest.clearAllMocks()
  forgetSession()
  storage.clear()
  router.params = { orgId: 'org-branch-1' }
})

test('a person who turned 长辈模式 on sees the 支部 tab large, and it follows the switch at once', async () => {
  storage.set('zhibu.elderMode.o-grandpa', true)
  jest.mocked(login).mockResolvedValue(ok(member))
  jest.mocked(getHome).mockResolvedValue(ok(home()))
  const { container } = render(<BranchPage />)

  await screen.findByTestId('branch-action-report-issue')
  const root = container.firstElementChild as HTMLElement
  expect(root.classList.contains('branch')).toBe(true)
  expect(root.classList.contains(ELDER)).toBe(true)

  // Switched off on 我的 while the tab stays open: the tab is back to normal without reopening.
  act(() => setElderMode('o-grandpa', false))
  expect(root.classList.contains(ELDER)).toBe(false)
})

test('a subpackage page is large too, from its loading state to its content', async () => {
  setElderMode('o-grandpa', true)
  let answer: (reply: Awaited<ReturnType<typeof listNotices>>) => void = () => undefined
  jest.mocked(listNotices).mockReturnValue(new Promise((resolve) => (answer = resolve)))
  const { container } = render(<NoticeListPage />)

  expect(container.querySelector('.page-state--loading')?.classList.contains(ELDER)).toBe(true)
  await act(async () => answer(ok({ items: [], nextPage: null })))
  const root = container.firstElementChild as HTMLElement
  expect(root.classList.contains('card-page')).toBe(true)
  expect(root.classList.contains(ELDER)).toBe(true)
})

test('every page draws its root through PageRoot, so 长辈模式 reaches it', () => {
  const src = path.resolve(__dirname, '../../src')
  const pageDirs = ['pages', 'packages'].flatMap((top) =>
    fs
      .readdirSync(path.join(src, top), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const dir = path.join(src, top, entry.name)
        return fs.existsSync(path.join(dir, 'index.config.ts'))
          ? [dir]
          : fs.readdirSync(dir).map((child) => path.join(dir, child))
      })
      .filter((dir) => fs.existsSync(path.join(dir, 'index.config.ts'))),
  )
  // The H5-only demo-identity picker is nobody's page: it is where one person becomes another.
  const missing = pageDirs
    .filter((dir) => !dir.endsWith(path.join('local', 'login')))
    .filter((dir) => !fs.readFileSync(path.join(dir, 'index.tsx'), 'utf8').includes('<PageRoot'))
    .map((dir) => path.relative(src, dir))
  expect(pageDirs.length).toBeGreaterThanOrEqual(41)
  expect(missing).toEqual([])
})
