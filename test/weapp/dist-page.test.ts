/**
 * @jest-environment jsdom
 */
import type { Reply } from '../../types/errors'
import type { LoginResult } from '../../types/user'
import { bootApp, renderPage, type CloudCall } from './harness'

const secretary: LoginResult = {
  profile: {
    openid: 'o-secretary',
    nickname: '王书记',
    avatarUrl: '',
    phoneMasked: '138****5678',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  },
  memberships: [
    { orgId: 'org-branch-1', orgName: '东湖社区第一支部', orgKind: 'branch', role: 'secretary' },
  ],
  applications: [],
  isNew: false,
}

let loginReply: Reply<LoginResult>
let calls: CloudCall[]

beforeAll(() => {
  calls = bootApp((name, data) => {
    if (name === 'user' && data.action === 'login') return loginReply
    if (name === 'inbox' && data.action === 'countUnread') return { ok: true, data: { unread: 2 } }
    return { ok: false, code: 'UNKNOWN_ACTION', message: '未知操作' }
  })
})

beforeEach(() => {
  calls.length = 0
})

test('the compiled 我的 page logs in and shows the nickname, phone and membership', async () => {
  loginReply = { ok: true, data: secretary }
  const page = await renderPage('pages/me/index')

  await page.waitForText('王书记')
  expect(page.text()).toContain('138****5678')
  expect(page.text()).toContain('东湖社区第一支部')
  expect(page.text()).toContain('书记')
  // After the login, the 消息 row asks for its unread count (the tab badge).
  await page.waitForText('2 条未读')
  expect(calls).toEqual([
    { name: 'user', data: { action: 'login' } },
    { name: 'inbox', data: { action: 'countUnread' } },
  ])
  page.close()
})

test('the compiled 我的 page shows the error message and recovers on 重试', async () => {
  loginReply = { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' }
  const page = await renderPage('pages/me/index')
  await page.waitForText('服务暂时不可用，请稍后重试')
  expect(page.text()).not.toContain('王书记')

  loginReply = { ok: true, data: secretary }
  await page.tap('page-state__retry')
  await page.waitForText('王书记')
  expect(calls.filter((call) => call.name === 'user')).toHaveLength(2)
  page.close()
})
