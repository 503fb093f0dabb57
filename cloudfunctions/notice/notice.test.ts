import { cloud } from '../../emulator/local-cloud'
import { openapiOutbox } from '../../emulator/openapi'
import { call, callOk, refuseAdds, seedDemo, storeContents } from '../../test/helpers/cloud'
import type { NoticeDetail, NoticeSummary, ReadReport } from '../../types/notice'
import type { Page } from '../../types/org'

beforeAll(() => seedDemo())

const publish = (who: Parameters<typeof callOk>[0], input: Record<string, unknown>) =>
  callOk<NoticeSummary>(who, 'notice', { action: 'publishNotice', ...input })

/** The secretary publishes a notice to 第一党支部 only. */
const branchNotice = (title: string, body: string) =>
  publish('secretary', { orgId: 'org-branch-1', title, body, scope: 'org' })

describe('notices with read receipts', () => {
  it('a branch notice shows unread, opening signs for it, the report counts it', async () => {
    const notice = await branchNotice(
      '关于召开十一月支部党员大会的通知',
      '请全体党员于周五下午三点到社区会议室参会。',
    )
    const list = await call<Page<NoticeSummary>>('member', 'notice', {
      action: 'listNotices',
      orgId: 'org-branch-1',
    })
    if (!list.ok) throw new Error(list.message)
    expect(list.data.items.find((item) => item.id === notice.id)).toMatchObject({ read: false })
    expect(list.roundTrips).toBeLessThanOrEqual(3)

    const opened = await call<NoticeDetail>('member', 'notice', {
      action: 'openNotice',
      orgId: 'org-branch-1',
      noticeId: notice.id,
    })
    if (!opened.ok) throw new Error(opened.message)
    expect(opened.data).toMatchObject({ read: true, body: expect.stringContaining('会议室') })
    expect(opened.roundTrips).toBeLessThanOrEqual(3)

    const report = await callOk<ReadReport>('secretary', 'notice', {
      action: 'readReport',
      orgId: 'org-branch-1',
      noticeId: notice.id,
    })
    expect(report.read).toBe(1)
    expect(report.byBranch).toEqual([
      expect.objectContaining({ orgId: 'org-branch-1', read: 1, expected: report.expected }),
    ])
    expect(report.expected).toBeGreaterThanOrEqual(5)
  })

  it('when the store refuses the receipt, opening says it failed instead of showing 已签阅', async () => {
    const notice = await branchNotice('签阅失败时的通知', '请签阅。')
    const restore = refuseAdds('noticeReads')
    const opened = await call('member', 'notice', {
      action: 'openNotice',
      orgId: 'org-branch-1',
      noticeId: notice.id,
    })
    restore()
    expect(opened).toMatchObject({ ok: false, code: 'INTERNAL' })
    const receipts = (storeContents().noticeReads as { noticeId: string }[]).filter(
      (read) => read.noticeId === notice.id,
    )
    expect(receipts).toEqual([])
  })

  it('keeps read receipts exact under concurrent opens', async () => {
    const notice = await branchNotice('学习资料签阅', '请签阅本周学习资料。')
    const readers = ['member', 'committee', 'secretary', { openid: 'o_demo_deputy' }] as const
    await Promise.all(
      readers.flatMap((who) =>
        Array.from({ length: 10 }, () =>
          callOk(who, 'notice', {
            action: 'openNotice',
            orgId: 'org-branch-1',
            noticeId: notice.id,
          }),
        ),
      ),
    )
    const receipts = storeContents().noticeReads.filter(
      (row) => (row as { noticeId: string }).noticeId === notice.id,
    )
    expect(receipts).toHaveLength(readers.length)
    const report = await callOk<ReadReport>('secretary', 'notice', {
      action: 'readReport',
      orgId: 'org-branch-1',
      noticeId: notice.id,
    })
    expect(report.read).toBe(readers.length)
  })

  it('an admin pushes a notice down the tree; every branch sees it and the report splits by branch', async () => {
    const notice = await publish('admin', {
      orgId: 'org-committee',
      title: '党工委关于开展主题教育的通知',
      body: '各支部于月底前完成专题学习。',
      scope: 'subtree',
    })
    await callOk({ openid: 'o_demo_05' }, 'notice', {
      action: 'openNotice',
      orgId: 'org-branch-2',
      noticeId: notice.id,
    })
    const report = await callOk<ReadReport>('admin', 'notice', {
      action: 'readReport',
      orgId: 'org-committee',
      noticeId: notice.id,
    })
    const branch2 = report.byBranch.find((branch) => branch.orgId === 'org-branch-2')
    expect(branch2).toMatchObject({ orgName: '第二党支部', read: 1 })
    expect(report.byBranch.map((branch) => branch.orgId)).toEqual(
      expect.arrayContaining(['org-branch-1', 'org-branch-3']),
    )
  })

  it('someone in two branches who signs in 离退休党支部 is counted once, there — not in their first branch', async () => {
    // o_demo_05 is a member of 第二党支部 (their first membership) and, from now on, 离退休党支部.
    const memberships = cloud.database().collection('memberships')
    await memberships.add({
      data: {
        _id: 'org-branch-3_o_demo_05',
        orgId: 'org-branch-3',
        openid: 'o_demo_05',
        role: 'member',
        status: 'active',
        via: 'seed',
        joinedAt: new Date(),
      },
    })
    try {
      const notice = await publish('admin', {
        orgId: 'org-committee',
        title: '关于做好年终总结的通知',
        body: '各支部于下月十日前报送总结。',
        scope: 'subtree',
      })
      await callOk({ openid: 'o_demo_05' }, 'notice', {
        action: 'openNotice',
        orgId: 'org-branch-3',
        noticeId: notice.id,
      })
      const report = await callOk<ReadReport>('admin', 'notice', {
        action: 'readReport',
        orgId: 'org-committee',
        noticeId: notice.id,
      })
      const row = (orgId: string) => report.byBranch.find((branch) => branch.orgId === orgId)
      expect(row('org-branch-3')).toMatchObject({ read: 1 })
      expect(row('org-branch-2')).toMatchObject({ read: 0 })
      const people = new Set(
        (storeContents().memberships as { openid: string; status: string }[])
          .filter((membership) => membership.status === 'active')
          .map((membership) => membership.openid),
      )
      expect(report).toMatchObject({ read: 1, expected: people.size })
      expect(report.byBranch.reduce((sum, branch) => sum + branch.expected, 0)).toBe(people.size)
    } finally {
      await memberships.doc('org-branch-3_o_demo_05').remove()
    }
  })

  it('the read report lists branches in their order — 第一党支部 before 第二党支部, whatever was stored first', async () => {
    const db = cloud.database()
    const branch = (_id: string, name: string, order: number) => ({
      _id,
      name,
      kind: 'branch',
      parentId: 'org-general',
      ancestors: ['org-committee', 'org-general'],
      archived: false,
      order,
      createdAt: new Date(),
    })
    // Stored second-first, and 第二 (èr) comes before 第一 (yī) by 拼音 too.
    await db.collection('orgs').add({
      data: [branch('org-n-2', '第二新支部', 12), branch('org-n-1', '第一新支部', 11)] as never,
    })
    await db.collection('memberships').add({
      data: ['org-n-2', 'org-n-1'].map((orgId) => ({
        _id: `${orgId}_o_n_${orgId}`,
        orgId,
        openid: `o_n_${orgId}`,
        role: 'member',
        status: 'active',
        via: 'seed',
        joinedAt: new Date(),
      })) as never,
    })
    const notice = await publish('admin', {
      orgId: 'org-general',
      title: '关于报送党员信息的通知',
      body: '请各支部核对党员信息。',
      scope: 'subtree',
    })
    const report = await callOk<ReadReport>('admin', 'notice', {
      action: 'readReport',
      orgId: 'org-general',
      noticeId: notice.id,
    })
    expect(report.byBranch.map((row) => row.orgName)).toEqual([
      '第一党支部',
      '第二党支部',
      '离退休党支部',
      '第一新支部',
      '第二新支部',
    ])
    await Promise.all(
      ['org-n-1', 'org-n-2'].flatMap((id) => [
        db.collection('orgs').doc(id).remove(),
        db.collection('memberships').doc(`${id}_o_n_${id}`).remove(),
      ]),
    )
  })

  it('a member of another branch cannot read a branch-only notice', async () => {
    const notice = await branchNotice('支部内部通知', '仅本支部。')
    const before = storeContents()
    const viaOwnBranch = await call({ openid: 'o_demo_05' }, 'notice', {
      action: 'openNotice',
      orgId: 'org-branch-2',
      noticeId: notice.id,
    })
    expect(viaOwnBranch).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const viaOtherBranch = await call({ openid: 'o_demo_05' }, 'notice', {
      action: 'openNotice',
      orgId: 'org-branch-1',
      noticeId: notice.id,
    })
    expect(viaOtherBranch).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })

  it('reminds only the unread who accepted reminders, one credit each', async () => {
    const notice = await branchNotice('请尽快签阅', '内容。')
    await callOk('member', 'user', { action: 'recordSubscriptions', accepted: ['noticeReminder'] })
    await callOk('committee', 'user', {
      action: 'recordSubscriptions',
      accepted: ['noticeReminder'],
    })
    await callOk('committee', 'notice', {
      action: 'openNotice',
      orgId: 'org-branch-1',
      noticeId: notice.id,
    })
    const result = await callOk<{ reminded: number; withoutCredit: number }>(
      'secretary',
      'notice',
      {
        action: 'remindUnread',
        orgId: 'org-branch-1',
        noticeId: notice.id,
      },
    )
    expect(result.reminded).toBe(1)
    const sends = openapiOutbox().filter(
      (entry) =>
        entry.api === 'subscribeMessage.send' && String(entry.params.page).includes(notice.id),
    )
    expect(sends.map((entry) => entry.params.touser)).toEqual(['o_demo_member'])
  })

  it('refuses risky text with a typed error and writes nothing', async () => {
    const before = storeContents()
    const reply = await call('secretary', 'notice', {
      action: 'publishNotice',
      orgId: 'org-branch-1',
      title: '周末活动',
      body: '欢迎参加赌博活动',
      scope: 'org',
    })
    expect(reply).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    expect(storeContents()).toEqual(before)
  })
})
