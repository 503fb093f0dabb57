/**
 * @jest-environment jsdom
 */
import type { Reply } from '../../types/errors'
import type { LessonFeed } from '../../types/lesson'
import type { LoginResult } from '../../types/user'
import { bootApp, renderPage, type CloudCall } from './harness'

const login: Reply<LoginResult> = {
  ok: true,
  data: {
    profile: {
      openid: 'o-member',
      nickname: '张晓明',
      avatarUrl: '',
      phoneMasked: '',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    memberships: [
      { orgId: 'org-branch-1', orgName: '第一党支部', orgKind: 'branch', role: 'member' },
    ],
    applications: [],
    isNew: false,
  },
}

const feed: Reply<LessonFeed> = {
  ok: true,
  data: {
    items: [
      {
        id: 'lesson-demo-discipline',
        title: '纪律处分条例里的六项纪律',
        summary: '六项纪律各是什么意思。',
        minutes: 3,
        tags: ['党规党纪'],
        coverFileId: '',
        orgName: '幸福街道党工委',
        pinned: false,
        due: '2026-11-30T15:59:59.999Z',
        publishedAt: '2026-11-20T02:00:00.000Z',
        progress: { percent: 40, completed: false },
      },
    ],
    nextPage: null,
    meta: { tags: ['党规党纪'], pendingReview: 0, mine: { draft: 0, pending: 0, rejected: 0 } },
  },
}

let calls: CloudCall[]

beforeAll(() => {
  calls = bootApp((name, data) => {
    if (name === 'user' && data.action === 'login') return login
    if (name === 'lesson' && data.action === 'listLessons') return feed
    return { ok: false, code: 'UNKNOWN_ACTION', message: '未知操作' }
  })
})

test('the compiled 学习 tab lists the branch’s lessons with reading time, due day and progress', async () => {
  const page = await renderPage('pages/study/index')
  await page.waitForText('纪律处分条例里的六项纪律')
  expect(page.text()).toContain('约 3 分钟')
  expect(page.text()).toContain('规定动作 · 11月30日前')
  expect(page.text()).toContain('读到 40%')
  expect(calls).toContainEqual({
    name: 'lesson',
    data: { orgId: 'org-branch-1', action: 'listLessons' },
  })
  page.close()
})
