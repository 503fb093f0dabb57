import { act, render } from '@testing-library/react'
import NoticeListPage from '@/packages/notice/list'
import { elderModeOn, followPerson, setElderMode } from '@/platform/elder-mode'
import { listNotices } from '@/services/notice'
import { login } from '@/services/user'
import { router, storage } from '../stubs/taro'
import { ok } from './org-fixtures'

jest.mock('@/services/user')
jest.mock('@/services/notice')
jest.mock('@/platform/local-session')

// Its own file: the app has just launched (a fresh module), nobody has logged in yet.
test('a notice list opened straight from a shared link is large for the person who turned 长辈模式 on, without a login', async () => {
  storage.set('zhibu.elderModePerson', 'o-grandpa')
  storage.set('zhibu.elderMode.o-grandpa', true)
  router.params = { orgId: 'org-branch-1' }
  jest.mocked(listNotices).mockResolvedValue(ok({ items: [], nextPage: null }))
  const { container } = render(<NoticeListPage />)
  await act(async () => undefined)

  expect(login).not.toHaveBeenCalled()
  expect((container.firstElementChild as HTMLElement).classList.contains('zhibu-elder')).toBe(true)
})

test('the next launch follows whoever logged in last: someone else on the phone starts at the normal size', () => {
  act(() => setElderMode('o-grandpa', true))
  expect(storage.get('zhibu.elderModePerson')).toBe('o-grandpa')
  act(() => followPerson('o-other'))
  expect(storage.get('zhibu.elderModePerson')).toBe('o-other')
  expect(elderModeOn()).toBe(false)
})
