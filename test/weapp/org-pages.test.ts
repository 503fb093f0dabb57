/**
 * @jest-environment jsdom
 */
import type { BranchHome, MemberItem, Page } from '../../types/org'
import type { Reply } from '../../types/errors'
import type { LoginResult } from '../../types/user'
import { bootApp, renderPage, type CloudCall } from './harness'

const profile = {
  openid: 'o-member',
  nickname: '张晓明',
  avatarUrl: '',
  phoneMasked: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
}
const branch1 = { id: 'org-branch-1', name: '第一党支部', kind: 'branch' as const, parentId: '' }

let loginReply: Reply<LoginResult>
let homeReply: Reply<BranchHome>
let membersReply: Reply<Page<MemberItem>>
let calls: CloudCall[]

beforeAll(() => {
  calls = bootApp((name, data) => {
    if (name === 'user' && data.action === 'login') return loginReply
    if (name === 'org' && data.action === 'getHome') return homeReply
    if (name === 'org' && data.action === 'listMembers') return membersReply
    return { ok: false, code: 'UNKNOWN_ACTION', message: '未知操作' }
  })
})

beforeEach(() => {
  calls.length = 0
})

test('the compiled 支部 tab shows the member’s branch from login + getHome', async () => {
  loginReply = {
    ok: true,
    data: {
      profile,
      memberships: [
        { orgId: 'org-branch-1', orgName: '第一党支部', orgKind: 'branch', role: 'secretary' },
      ],
      applications: [],
      isNew: false,
    },
  }
  homeReply = {
    ok: true,
    data: {
      org: branch1,
      myRole: 'secretary',
      secretary: { nickname: '王建国' },
      memberCount: 3,
      nonPartyCount: 0,
      upcoming: [],
      notices: [],
      pendingJoinRequests: 1,
      completeness: null,
      todo: {
        signIn: [],
        attendanceRequests: { count: 0, meetingId: null },
        issues: { unanswered: 0, overdue: 0, held: 0 },
        lessonsToReview: 0,
        activityReviews: { count: 0, activityId: null },
        requiredLessons: { count: 0, lessonId: null },
        unreadNotices: 0,
      },
      can: {
        manageMembers: true,
        invite: true,
        decideJoin: true,
        bindGroup: true,
        viewAudit: true,
        viewTree: true,
        publishNotice: true,
        handleIssues: true,
        viewStats: true,
      },
    },
  }
  const page = await renderPage('pages/branch/index')
  await page.waitForText('第一党支部')
  expect(page.text()).toContain('书记：王建国')
  expect(page.text()).toContain('党员 3 人')
  // The tools grid: 入支部申请 with its count on the icon, and the icons drawn with <image>.
  expect(page.text()).toContain('1入支部申请')
  expect(page.has('branch-tool__image')).toBe(true)
  expect(page.text()).toContain('近期没有会议和活动安排')
  expect(calls.map((call) => `${call.name}.${String(call.data.action)}`)).toEqual([
    'user.login',
    'org.getHome',
  ])
  expect(calls[1].data).toEqual({ action: 'getHome', orgId: 'org-branch-1' })
  page.close()
})

test('the compiled members page (org subpackage) lists members with role labels', async () => {
  membersReply = {
    ok: true,
    data: {
      items: [
        { openid: 'o-1', nickname: '王建国', avatarUrl: '', role: 'secretary' },
        { openid: 'o-2', nickname: '李红梅', avatarUrl: '', role: 'committee' },
      ],
      nextPage: null,
    },
  }
  const page = await renderPage('packages/org/members/index', { orgId: 'org-branch-1' })
  await page.waitForText('李红梅')
  expect(page.text()).toContain('支委')
  expect(page.text()).toContain('没有更多了')
  expect(calls.find((call) => call.data.action === 'listMembers')?.data).toEqual({
    action: 'listMembers',
    orgId: 'org-branch-1',
    page: 0,
  })
  page.close()
})
