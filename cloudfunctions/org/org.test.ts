import { cloud } from '../../emulator/local-cloud'
import { call, callOk, seedDemo, storeContents } from '../../test/helpers/cloud'
import { as } from '../../test/helpers/client'
import { peopleOf } from '../../emulator/demo/facts'
import { ancestorsOf, DEMO_ORGS } from '../../emulator/demo/org-tree'
import { groupCloudIdFor } from '../../test/helpers/group'
import { MINUTE_MS } from '../../types/time'
import { issueIdFor } from '../_shared/records/issue'
import type {
  BranchHome,
  GroupEntry,
  Invite,
  InviteView,
  JoinRequest,
  MemberItem,
  OrgSummary,
  Page,
  AuditItem,
} from '../../types/org'

beforeAll(() => seedDemo())

describe('branch home', () => {
  it('a 党工委 admin’s home counts the distinct 党员 of every branch below, not its own 1 member', async () => {
    const committee = await as('admin').org.getHome({ orgId: 'org-committee' })
    const below = new Set(
      DEMO_ORGS.filter((org) => ancestorsOf(org._id).includes('org-committee')).flatMap((org) =>
        peopleOf(org._id),
      ),
    )
    expect(committee.memberCount).toBe(below.size)
    expect(below.size).toBeGreaterThan(20)
  })

  describe('今日待办', () => {
    const home = (who: Parameters<typeof as>[0]) => as(who).org.getHome({ orgId: 'org-branch-1' })

    it('puts the meeting open for sign-in first, with where each person stands, and the 书记’s waiting requests', async () => {
      const meeting = await as('secretary').meeting.createMeeting({
        orgId: 'org-branch-1',
        requestId: 'home-todo-open-now',
        kind: 'lecture',
        title: '今天的微党课',
        agenda: '学习贯彻会议精神',
        startsAt: new Date(Date.now() + 10 * MINUTE_MS).toISOString(),
        endsAt: new Date(Date.now() + 70 * MINUTE_MS).toISOString(),
        place: '党群服务中心',
        hostId: 'o_demo_secretary',
        recorderId: 'o_demo_committee',
      })
      const before = await home('secretary')
      // The 书记 hosts it: she shows the code; the committee member types it.
      expect(before.todo.signIn).toContainEqual(
        expect.objectContaining({ id: meeting.id, title: '今天的微党课', mine: 'host' }),
      )
      expect((await home('committee')).todo.signIn).toContainEqual(
        expect.objectContaining({ id: meeting.id, mine: 'toSignIn' }),
      )
      expect(before.upcoming).toContainEqual(
        expect.objectContaining({ id: meeting.id, live: true }),
      )

      await as('member').meeting.requestAttendance({
        meetingId: meeting.id,
        kind: 'leave',
        reason: '社区值班走不开',
      })
      const waiting = await home('secretary')
      expect(waiting.todo.attendanceRequests.count).toBe(before.todo.attendanceRequests.count + 1)
      expect(waiting.todo.attendanceRequests.meetingId).not.toBeNull()

      await as('secretary').meeting.decideRequest({
        meetingId: meeting.id,
        memberId: 'o_demo_member',
        approve: true,
      })
      const excused = await home('member')
      expect(excused.todo.signIn).toContainEqual(
        expect.objectContaining({ id: meeting.id, mine: 'excused' }),
      )
      expect((await home('secretary')).todo.attendanceRequests.count).toBe(
        before.todo.attendanceRequests.count,
      )
    })

    it('counts a new 诉求 for the 支委会 and shows a member none of the branch’s waiting work', async () => {
      const before = await home('committee')
      await as('resident').issue.submit({
        requestId: 'home-todo-issue',
        orgId: 'org-branch-1',
        category: 'environment',
        body: '小区东门的路灯坏了一个星期了',
        contact: 'in_app',
        anonymous: false,
      })
      const after = await home('committee')
      expect(after.todo.issues.unanswered).toBe(before.todo.issues.unanswered + 1)

      const member = await home('member')
      expect(member.todo.issues).toEqual({ unanswered: 0, overdue: 0, held: 0 })
      expect(member.todo.attendanceRequests).toEqual({ count: 0, meetingId: null })
    })

    it('the admin’s 今日待办 counts the 诉求 held for review, nobody else’s does, and a release hands it to the branch', async () => {
      const committeeHome = () => as('admin').org.getHome({ orgId: 'org-committee' })
      const before = await committeeHome()
      expect(before.todo.issues.held).toBe(1)
      // The branch's own 支委会 neither sees nor counts what content security held.
      for (const who of ['secretary', 'committee', 'member'] as const) {
        expect((await home(who)).todo.issues.held).toBe(0)
      }
      const branchBefore = (await home('secretary')).todo.issues.unanswered
      await as('admin').issue.moderate({
        orgId: 'org-branch-1',
        issueId: issueIdFor('o_demo_04', 'seed-held'),
        release: true,
      })
      expect((await committeeHome()).todo.issues.held).toBe(0)
      expect((await home('secretary')).todo.issues.unanswered).toBe(branchBefore + 1)
    })

    it('the 书记’s 今日待办 counts the lesson waiting for his review, and its author’s and a member’s do not', async () => {
      const queue = await as('secretary').lesson.listReviewQueue({ orgId: 'org-branch-1' })
      expect(queue.items.map((item) => item.id)).toContain('lesson-demo-mediation')
      expect((await home('secretary')).todo.lessonsToReview).toBe(queue.items.length)
      // 李红梅 wrote it (and is no 书记): nothing of hers waits; a member reviews nothing.
      expect((await home('committee')).todo.lessonsToReview).toBe(0)
      expect((await home('member')).todo.lessonsToReview).toBe(0)
    })

    it('the 支委’s 今日待办 counts the photo and the 心得 waiting for review on last month’s 主题党日, and a member’s does not', async () => {
      const secretary = await home('secretary')
      expect(secretary.todo.activityReviews).toEqual({
        count: 2,
        activityId: 'act-demo-themeday-last',
      })
      expect((await home('committee')).todo.activityReviews.count).toBe(2)
      // Every lookup rides in the home's one aggregate: the grant, then that.
      const reply = await call<BranchHome>('secretary', 'org', {
        action: 'getHome',
        orgId: 'org-branch-1',
      })
      expect(reply.roundTrips).toBe(2)
      expect((await home('member')).todo.activityReviews).toEqual({ count: 0, activityId: null })
    })

    it('a 规定动作 due in 3 days is on 张晓明’s 今日待办 (he read 40%), not on the 书记’s (he finished it) nor an 入党积极分子’s', async () => {
      const due = new Date(Date.now() + 3 * 24 * 60 * MINUTE_MS + 8 * 60 * MINUTE_MS)
      await as('admin').lesson.setRequired({
        orgId: 'org-committee',
        lessonId: 'lesson-demo-discipline',
        due: due.toISOString().slice(0, 10),
      })
      expect((await home('member')).todo.requiredLessons).toEqual({
        count: 1,
        lessonId: 'lesson-demo-discipline',
      })
      expect((await home('secretary')).todo.requiredLessons).toEqual({
        count: 0,
        lessonId: null,
      })
      expect((await home({ openid: 'o_demo_activist' })).todo.requiredLessons.count).toBe(0)
    })

    it('marks notices not yet signed for, and signing one takes it off the count', async () => {
      const before = await home('member')
      const unread = before.notices.find((notice) => !notice.read)
      if (!unread) throw new Error('the demo member has every notice read')
      await as('member').notice.openNotice({ orgId: 'org-branch-1', noticeId: unread.id })
      const after = await home('member')
      expect(after.notices.find((notice) => notice.id === unread.id)?.read).toBe(true)
      expect(after.todo.unreadNotices).toBe(before.todo.unreadNotices - 1)
    })
  })

  it('shows a member their branch with its secretary and member count, in ≤ 3 round trips', async () => {
    const reply = await call<BranchHome>('member', 'org', {
      action: 'getHome',
      orgId: 'org-branch-1',
    })
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.data).toMatchObject({
      org: { id: 'org-branch-1', name: '第一党支部', kind: 'branch' },
      myRole: 'member',
      secretary: { nickname: '王建国' },
      pendingJoinRequests: 0,
    })
    expect(reply.data.memberCount).toBeGreaterThanOrEqual(5)
    expect(reply.roundTrips).toBeLessThanOrEqual(3)
  })

  it('shows the branch’s own notices and those pushed down from above, newest pinned first', async () => {
    const home = await callOk<BranchHome>('member', 'org', {
      action: 'getHome',
      orgId: 'org-branch-1',
    })
    expect(home.notices.map((notice) => notice.id)).toEqual([
      'notice-demo-study',
      'notice-demo-meeting',
    ])
    const otherBranch = await callOk<BranchHome>({ openid: 'o_demo_05' }, 'org', {
      action: 'getHome',
      orgId: 'org-branch-2',
    })
    expect(otherBranch.notices.map((notice) => notice.id)).toEqual(['notice-demo-study'])
  })

  it('shows what is coming up and this quarter’s 三会一课 meter', async () => {
    const hour = 3600 * 1000
    await callOk('secretary', 'meeting', {
      action: 'createMeeting',
      orgId: 'org-branch-1',
      requestId: 'home-upcoming-test',
      kind: 'committee',
      title: '下周支委会',
      agenda: '研究发展党员工作',
      startsAt: new Date(Date.now() + 48 * hour).toISOString(),
      endsAt: new Date(Date.now() + 49 * hour).toISOString(),
      place: '党群服务中心',
      hostId: 'o_demo_secretary',
      recorderId: 'o_demo_committee',
    })
    const reply = await call<BranchHome>('member', 'org', {
      action: 'getHome',
      orgId: 'org-branch-1',
    })
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.data.upcoming).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'meeting', title: '下周支委会' })]),
    )
    expect(reply.data.completeness).toMatchObject({ required: 11 })
    expect(reply.data.completeness?.items.map((item) => item.kind)).toEqual([
      'congress',
      'committee',
      'group',
      'lecture',
      'themeDay',
    ])
    expect(reply.roundTrips).toBeLessThanOrEqual(3)
    const committee = await callOk<BranchHome>('admin', 'org', {
      action: 'getHome',
      orgId: 'org-committee',
    })
    expect(committee.completeness).toBeNull()
  })

  it('lets the committee admin look into a branch below without a role there', async () => {
    const home = await callOk<BranchHome>('admin', 'org', {
      action: 'getHome',
      orgId: 'org-branch-2',
    })
    expect(home.myRole).toBeNull()
  })
})

describe('member lists are scoped', () => {
  it('a member of branch A cannot read branch B’s member list, and nothing is written', async () => {
    const before = storeContents()
    const reply = await call('member', 'org', { action: 'listMembers', orgId: 'org-branch-2' })
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })

  it('members see names and roles but no phones; the secretary’s read with phones is audited', async () => {
    const asMember = await callOk<Page<MemberItem>>('member', 'org', {
      action: 'listMembers',
      orgId: 'org-branch-1',
    })
    expect(asMember.items[0]).toMatchObject({ nickname: '王建国', role: 'secretary' })
    expect(asMember.items.every((item) => item.phoneMasked === undefined)).toBe(true)

    const asSecretary = await callOk<Page<MemberItem>>('secretary', 'org', {
      action: 'listMembers',
      orgId: 'org-branch-1',
    })
    expect(asSecretary.items[0].phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/)
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'org.listMembers', actor: 'o_demo_secretary' }),
      ]),
    )
  })

  it('the audit line of a member-list read names the branch, and an empty page 2 is not audited as a page read', async () => {
    const before = storeContents().audit.length
    const first = await callOk<Page<MemberItem>>('secretary', 'org', {
      action: 'listMembers',
      orgId: 'org-branch-1',
      page: 0,
    })
    const empty = await callOk<Page<MemberItem>>('secretary', 'org', {
      action: 'listMembers',
      orgId: 'org-branch-1',
      page: 1,
    })
    expect(empty).toEqual({ items: [], nextPage: null })
    expect(
      storeContents()
        .audit.slice(before)
        .map((row) => (row as { summary: string }).summary),
    ).toEqual([`查看“第一党支部”成员名单第 1 页（${first.items.length} 人，含手机号）`])
  })

  it('pages 20 at a time', async () => {
    const first = await callOk<Page<MemberItem>>('admin', 'org', {
      action: 'listMembers',
      orgId: 'org-branch-1',
      page: 0,
    })
    expect(first.items.length).toBeLessThanOrEqual(20)
    expect(first.nextPage).toBeNull()
  })
})

describe('joining with an invite', () => {
  it('goes invite → request (once, even when retried) → approval → member', async () => {
    const invite = await callOk<Invite>('secretary', 'org', {
      action: 'createInvite',
      orgId: 'org-branch-1',
    })
    expect(invite.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    const newcomer = { openid: 'o_newcomer_join' }
    await callOk(newcomer, 'user', { action: 'login' })
    const view = await callOk<InviteView>(newcomer, 'org', {
      action: 'viewInvite',
      code: invite.code,
    })
    expect(view).toMatchObject({ org: { name: '第一党支部' }, status: 'none' })

    const [first, second] = await Promise.all([
      callOk(newcomer, 'org', { action: 'requestJoin', code: invite.code }),
      callOk(newcomer, 'org', { action: 'requestJoin', code: invite.code }),
    ])
    expect([first, second]).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'pending' })]),
    )
    const rows = storeContents().memberships.filter(
      (row) => (row as { openid: string }).openid === 'o_newcomer_join',
    )
    expect(rows).toHaveLength(1)

    const requests = await callOk<JoinRequest[]>('secretary', 'org', {
      action: 'listJoinRequests',
      orgId: 'org-branch-1',
    })
    expect(requests.map((request) => request.openid)).toContain('o_newcomer_join')
    const home = await callOk<BranchHome>('secretary', 'org', {
      action: 'getHome',
      orgId: 'org-branch-1',
    })
    expect(home.pendingJoinRequests).toBeGreaterThanOrEqual(1)

    await callOk('secretary', 'org', {
      action: 'decideJoin',
      orgId: 'org-branch-1',
      memberId: 'o_newcomer_join',
      approve: true,
    })
    const again = await call('committee', 'org', {
      action: 'decideJoin',
      orgId: 'org-branch-1',
      memberId: 'o_newcomer_join',
      approve: false,
    })
    expect(again).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const deputyAgain = await call({ openid: 'o_demo_deputy' }, 'org', {
      action: 'decideJoin',
      orgId: 'org-branch-1',
      memberId: 'o_newcomer_join',
      approve: false,
    })
    expect(deputyAgain).toMatchObject({ ok: false, code: 'CONFLICT' })
    const joined = await callOk<BranchHome>(newcomer, 'org', {
      action: 'getHome',
      orgId: 'org-branch-1',
    })
    expect(joined.myRole).toBe('member')
  })

  it('accepts an invite code pasted with spaces, a dash and lower case', async () => {
    const invite = await callOk<Invite>('secretary', 'org', {
      action: 'createInvite',
      orgId: 'org-branch-1',
    })
    const pasted = ` ${invite.code.slice(0, 4).toLowerCase()} - ${invite.code.slice(4)} `
    const view = await callOk<InviteView>('resident', 'org', { action: 'viewInvite', code: pasted })
    expect(view).toMatchObject({ code: invite.code, org: { name: '第一党支部' } })
  })

  it('refuses an unknown invite code with a message that says what to do', async () => {
    const reply = await call('resident', 'org', { action: 'viewInvite', code: 'ABCDEFGH' })
    expect(reply).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    if (!reply.ok) expect(reply.message).toContain('书记')
  })
})

describe('opening from the WeChat group', () => {
  it('a secretary binds the group; others opening a card there land on that branch', async () => {
    const unbound = await callOk<GroupEntry>('member', 'org', {
      action: 'openFromGroup',
      groupCloudId: groupCloudIdFor('member', 'group-bind-test'),
    })
    expect(unbound).toEqual({ bound: false })

    await callOk('secretary', 'org', {
      action: 'bindGroup',
      orgId: 'org-branch-1',
      groupCloudId: groupCloudIdFor('secretary', 'group-bind-test'),
    })
    const asMember = await callOk<GroupEntry>('member', 'org', {
      action: 'openFromGroup',
      groupCloudId: groupCloudIdFor('member', 'group-bind-test'),
    })
    expect(asMember).toMatchObject({ bound: true, org: { id: 'org-branch-1' }, status: 'active' })
    const asResident = await callOk<GroupEntry>('resident', 'org', {
      action: 'openFromGroup',
      groupCloudId: groupCloudIdFor('resident', 'group-bind-test'),
    })
    expect(asResident).toMatchObject({ bound: true, status: 'none' })
    const joined = await callOk('resident', 'org', {
      action: 'requestJoin',
      groupCloudId: groupCloudIdFor('resident', 'group-bind-test'),
    })
    expect(joined).toMatchObject({ status: 'pending' })
  })

  it('never trusts a cloudID issued to someone else or made up', async () => {
    const before = storeContents()
    const stolen = await call('secretary', 'org', {
      action: 'bindGroup',
      orgId: 'org-branch-1',
      groupCloudId: groupCloudIdFor('member', 'group-stolen'),
    })
    expect(stolen).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    const forged = await call('secretary', 'org', {
      action: 'bindGroup',
      orgId: 'org-branch-1',
      groupCloudId: 'G_local_group-stolen',
    })
    expect(forged).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    expect(storeContents()).toEqual(before)
  })

  it('refuses to move a group already bound to another branch', async () => {
    const reply = await call('secretary', 'org', {
      action: 'bindGroup',
      orgId: 'org-branch-1',
      groupCloudId: groupCloudIdFor('secretary', 'demo-group-2'),
    })
    expect(reply).toMatchObject({ ok: false, code: 'CONFLICT' })
    if (!reply.ok) expect(reply.message).toContain('第二党支部')
  })
})

describe('org tree', () => {
  it('an admin creates, renames and moves an org; the subtree follows', async () => {
    const created = await callOk<OrgSummary>('admin', 'org', {
      action: 'createOrg',
      parentId: 'org-general',
      name: '第四党支部',
      kind: 'branch',
    })
    const group = await callOk<OrgSummary>('admin', 'org', {
      action: 'createOrg',
      parentId: created.id,
      name: '第四支部党小组',
      kind: 'group',
    })
    await callOk('admin', 'org', { action: 'renameOrg', orgId: created.id, name: '新四支部' })
    await callOk('admin', 'org', {
      action: 'moveOrg',
      orgId: created.id,
      parentId: 'org-committee',
    })
    const tree = await callOk<OrgSummary[]>('admin', 'org', {
      action: 'getTree',
      orgId: 'org-committee',
    })
    expect(tree.find((org) => org.id === created.id)).toMatchObject({
      name: '新四支部',
      parentId: 'org-committee',
    })
    const movedGroup = storeContents().orgs.find((org) => (org as { _id: string })._id === group.id)
    expect(movedGroup).toMatchObject({ ancestors: ['org-committee', created.id] })
  })

  it('lists 第一党支部 before 第二党支部, as they were set up — not 第二 first by 拼音', async () => {
    const tree = await callOk<OrgSummary[]>('admin', 'org', {
      action: 'getTree',
      orgId: 'org-general',
    })
    const demoBranches = ['org-branch-1', 'org-branch-2', 'org-branch-3']
    expect(tree.map((org) => org.id).filter((id) => demoBranches.includes(id))).toEqual(
      demoBranches,
    )
  })

  it('a new org goes after its siblings whatever its name, and an org with no order by when it was made', async () => {
    const db = cloud.database()
    const parent = await callOk<OrgSummary>('admin', 'org', {
      action: 'createOrg',
      parentId: 'org-general',
      name: '排序测试支部',
      kind: 'branch',
    })
    // Made before orgs had an order: the older one (乙) first, though 甲 comes first by 拼音.
    const legacy = (suffix: string, name: string, createdAt: string) => ({
      _id: `${parent.id}-${suffix}`,
      name,
      kind: 'group',
      parentId: parent.id,
      ancestors: ['org-committee', 'org-general', parent.id],
      archived: false,
      createdAt: new Date(createdAt),
    })
    await db.collection('orgs').add({
      data: [
        legacy('old-b', '党小组甲', '2025-03-01T00:00:00Z'),
        legacy('old-a', '党小组乙', '2025-01-01T00:00:00Z'),
      ] as never,
    })
    const later = await callOk<OrgSummary>('admin', 'org', {
      action: 'createOrg',
      parentId: parent.id,
      name: '第三党小组',
      kind: 'group',
    })
    const latest = await callOk<OrgSummary>('admin', 'org', {
      action: 'createOrg',
      parentId: parent.id,
      name: '第一党小组',
      kind: 'group',
    })
    const tree = await callOk<OrgSummary[]>('admin', 'org', { action: 'getTree', orgId: parent.id })
    expect(tree.map((org) => org.name)).toEqual([
      '排序测试支部',
      '党小组乙',
      '党小组甲',
      '第三党小组',
      '第一党小组',
    ])
    const stored = storeContents().orgs as { _id: string; order?: number }[]
    const orderOf = (id: string) => stored.find((org) => org._id === id)?.order
    expect(orderOf(latest.id)).toBeGreaterThan(orderOf(later.id) ?? Infinity)

    // An org moved in goes after its new siblings too, though it was first where it came from.
    const move = (parentId: string) =>
      callOk('admin', 'org', { action: 'moveOrg', orgId: 'org-group-3a', parentId })
    await move(parent.id)
    const moved = await callOk<OrgSummary[]>('admin', 'org', {
      action: 'getTree',
      orgId: parent.id,
    })
    expect(moved.map((org) => org.id).at(-1)).toBe('org-group-3a')
    await move('org-branch-3')
  })

  it('an admin moves 第二党支部 up: the tree lists it first; the first cannot go further up', async () => {
    const reorder = (orgId: string, direction: 'up' | 'down') =>
      call<OrgSummary[]>('admin', 'org', {
        action: 'reorderOrg',
        parentId: 'org-general',
        orgId,
        direction,
      })
    const branchIds = async () =>
      (await callOk<OrgSummary[]>('admin', 'org', { action: 'getTree', orgId: 'org-general' }))
        .filter((org) => org.parentId === 'org-general')
        .map((org) => org.id)
    const before = await branchIds()
    const moved = await reorder('org-branch-2', 'up')
    if (!moved.ok) throw new Error(moved.message)
    const after = await branchIds()
    expect(after.slice(0, 3)).toEqual(['org-branch-2', 'org-branch-1', 'org-branch-3'])
    expect(moved.data.map((org) => org.id)).toEqual(after)
    expect(after.slice(3)).toEqual(before.slice(3))

    const unchanged = storeContents()
    expect(await reorder('org-branch-2', 'up')).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
      message: '已经排在最前面了',
    })
    expect(storeContents()).toEqual(unchanged)
    await reorder('org-branch-2', 'down')
    expect((await branchIds()).slice(0, 3)).toEqual([
      'org-branch-1',
      'org-branch-2',
      'org-branch-3',
    ])
  })

  it('moves an org among siblings with no order or creation time to tell apart', async () => {
    const parent = await callOk<OrgSummary>('admin', 'org', {
      action: 'createOrg',
      parentId: 'org-general',
      name: '无序测试支部',
      kind: 'branch',
    })
    const group = (suffix: string, name: string) => ({
      _id: `${parent.id}-${suffix}`,
      name,
      kind: 'group',
      parentId: parent.id,
      ancestors: ['org-committee', 'org-general', parent.id],
      archived: false,
    })
    await cloud
      .database()
      .collection('orgs')
      .add({ data: [group('a', '甲小组'), group('b', '乙小组'), group('c', '丙小组')] as never })
    const reorder = (suffix: string, direction: 'up' | 'down') =>
      callOk<OrgSummary[]>('admin', 'org', {
        action: 'reorderOrg',
        parentId: parent.id,
        orgId: `${parent.id}-${suffix}`,
        direction,
      })
    const names = async () =>
      (await callOk<OrgSummary[]>('admin', 'org', { action: 'getTree', orgId: parent.id }))
        .slice(1)
        .map((org) => org.name)
    // Tied, they stand by name: 丙 (bǐng), 甲 (jiǎ), 乙 (yǐ).
    expect(await names()).toEqual(['丙小组', '甲小组', '乙小组'])
    await reorder('b', 'up')
    expect(await names()).toEqual(['丙小组', '乙小组', '甲小组'])
    await reorder('c', 'down')
    expect(await names()).toEqual(['乙小组', '丙小组', '甲小组'])
  })

  it('refuses a move under its own subtree and a child of the wrong kind', async () => {
    const loop = await call('admin', 'org', {
      action: 'moveOrg',
      orgId: 'org-general',
      parentId: 'org-branch-1',
    })
    expect(loop).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    const wrongKind = await call('admin', 'org', {
      action: 'createOrg',
      parentId: 'org-branch-1',
      name: '错误的支部',
      kind: 'branch',
    })
    expect(wrongKind).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
  })
})

describe('audit log', () => {
  it('shows the secretary her branch’s writes with who did them, newest first', async () => {
    const page = await callOk<Page<AuditItem>>('secretary', 'org', {
      action: 'listAudit',
      orgId: 'org-branch-1',
    })
    expect(page.items.length).toBeGreaterThan(0)
    expect(page.items.every((item) => item.orgId.startsWith('org-'))).toBe(true)
    const times = page.items.map((item) => item.at)
    expect([...times].sort().reverse()).toEqual(times)
    expect(page.items.map((item) => item.actorNickname)).toContain('王建国')
  })

  it('names an anonymous submitter’s steps 匿名群众, never the person', async () => {
    await cloud
      .database()
      .collection('audit')
      .add({
        data: {
          action: 'issue.submitIssue',
          orgId: 'org-branch-1',
          target: 'issue-x',
          actor: 'anon_issue-x',
          source: 'wx_client',
          summary: '提交诉求',
          at: new Date(),
        },
      })
    const page = await callOk<Page<AuditItem>>('secretary', 'org', {
      action: 'listAudit',
      orgId: 'org-branch-1',
    })
    expect(page.items.find((item) => item.summary === '提交诉求')?.actorNickname).toBe('匿名群众')
  })
})
