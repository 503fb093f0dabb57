import { cloud } from '../../emulator/local-cloud'
import { call, callOk, seedDemo, storeContents } from '../../test/helpers/cloud'
import { groupCloudIdFor } from '../../test/helpers/group'
import type { MeetingDetail } from '../../types/meeting'
import type { BranchHome, GroupEntry, Invite, InviteView, MemberItem, Page } from '../../types/org'
import { DAY_MS, HOUR_MS } from '../../types/time'
import type { JoinStanding } from '../../types/user'

const BRANCH = 'org-branch-1'

beforeAll(() => seedDemo())

async function inviteCode(): Promise<string> {
  return (await callOk<Invite>('secretary', 'org', { action: 'createInvite', orgId: BRANCH })).code
}

/** A new person asks to join with an invite; the secretary decides as told. */
async function askAndDecide(openid: string, decision: Record<string, unknown>) {
  const person = { openid }
  await callOk(person, 'user', { action: 'login' })
  const code = await inviteCode()
  await callOk(person, 'org', { action: 'requestJoin', code })
  await callOk('secretary', 'org', {
    action: 'decideJoin',
    orgId: BRANCH,
    memberId: openid,
    ...decision,
  })
  return { person, code }
}

const home = () => callOk<BranchHome>('secretary', 'org', { action: 'getHome', orgId: BRANCH })

const auditOf = (target: string) =>
  (storeContents().audit as unknown as { action: string; target: string; summary: string }[])
    .filter((row) => row.target === target)
    .map((row) => `${row.action} ${row.summary}`)

describe('approving someone who is not a party member', () => {
  it.each<[JoinStanding, string]>([
    ['masses', '群众'],
    ['activist', '入党积极分子'],
  ])(
    'a person approved as %s is listed as such, counted apart from the 党员, and not expected at a 党员大会',
    async (standing, label) => {
      const before = await home()
      const openid = `o_join_${standing}`
      const { person } = await askAndDecide(openid, { approve: true, standing })

      const members = await callOk<Page<MemberItem>>('secretary', 'org', {
        action: 'listMembers',
        orgId: BRANCH,
      })
      expect(members.items.find((item) => item.openid === openid)?.role).toBe(standing)
      const after = await home()
      expect(after.memberCount).toBe(before.memberCount)
      expect(after.nonPartyCount).toBe(before.nonPartyCount + 1)
      expect(auditOf(openid)).toContain(`org.decideJoin 批准微信用户的入支部申请，身份为${label}`)

      const congress = await callOk<MeetingDetail>('secretary', 'meeting', {
        action: 'createMeeting',
        orgId: BRANCH,
        requestId: `congress-${standing}`,
        kind: 'congress',
        title: '支部党员大会',
        agenda: '学习',
        startsAt: new Date(Date.now() + 48 * HOUR_MS).toISOString(),
        endsAt: new Date(Date.now() + 49 * HOUR_MS).toISOString(),
        place: '会议室',
        hostId: 'o_demo_secretary',
        recorderId: 'o_demo_committee',
      })
      expect(congress.expectedCount).toBe(after.memberCount)
      const stored = storeContents().meetings.find(
        (row) => (row as { _id?: string })._id === congress.id,
      ) as unknown as { expected: string[] }
      expect(stored.expected).not.toContain(openid)
      expect(stored.expected).toContain('o_demo_07') // 预备党员 are expected

      // Still a member of the branch: reads notices and the branch home like any member.
      const own = await callOk<BranchHome>(person, 'org', { action: 'getHome', orgId: BRANCH })
      expect(own.myRole).toBe(standing)
      expect(await call(person, 'notice', { action: 'listNotices', orgId: BRANCH })).toMatchObject({
        ok: true,
      })
    },
  )

  it('approving without a standing still makes a 党员, as before', async () => {
    await askAndDecide('o_join_plain', { approve: true })
    const members = await callOk<Page<MemberItem>>('secretary', 'org', {
      action: 'listMembers',
      orgId: BRANCH,
    })
    expect(members.items.find((item) => item.openid === 'o_join_plain')?.role).toBe('member')
  })

  it('refuses a standing that is an office, and writes nothing', async () => {
    const person = { openid: 'o_join_office' }
    await callOk(person, 'user', { action: 'login' })
    await callOk(person, 'org', { action: 'requestJoin', code: await inviteCode() })
    const reply = await call('secretary', 'org', {
      action: 'decideJoin',
      orgId: BRANCH,
      memberId: 'o_join_office',
      approve: true,
      standing: 'secretary',
    })
    expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    const row = storeContents().memberships.find(
      (item) => (item as { openid: string }).openid === 'o_join_office',
    )
    expect(row).toMatchObject({ status: 'pending', role: 'member' })
  })
})

describe('a declined request', () => {
  it('shows 已拒绝 with the reason, refuses asking again for a day, then lets them ask', async () => {
    const openid = 'o_join_declined'
    const { person, code } = await askAndDecide(openid, {
      approve: false,
      reason: '请先到社区党群服务中心登记',
    })

    const view = await callOk<InviteView>(person, 'org', { action: 'viewInvite', code })
    expect(view.status).toBe('declined')
    expect(view.declined?.reason).toBe('请先到社区党群服务中心登记')
    const reapplyAt = new Date(view.declined?.reapplyAt ?? 0).getTime()
    expect(reapplyAt - Date.now()).toBeGreaterThan(DAY_MS - HOUR_MS)
    expect(reapplyAt - Date.now()).toBeLessThanOrEqual(DAY_MS)

    const auditBefore = auditOf(openid)
    expect(auditBefore).toContain(
      'org.decideJoin 婉拒微信用户的入支部申请：请先到社区党群服务中心登记',
    )
    const again = await call(person, 'org', { action: 'requestJoin', code })
    expect(again).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    expect(!again.ok && again.message).toMatch(/以后再申请/)
    expect(auditOf(openid)).toEqual(auditBefore)
    const row = () =>
      storeContents().memberships.find((item) => (item as { openid: string }).openid === openid)
    expect(row()).toMatchObject({ status: 'declined' })

    // A day later the request may be made again, and it is a fresh one.
    await cloud
      .database()
      .collection('memberships')
      .doc(`${BRANCH}_${openid}`)
      .update({ data: { decidedAt: new Date(Date.now() - DAY_MS - 1000) } })
    const asked = await callOk(person, 'org', { action: 'requestJoin', code })
    expect(asked).toMatchObject({ status: 'pending' })
    expect(row()).toMatchObject({ status: 'pending' })
    expect(row()).not.toHaveProperty('declineReason')
    expect(auditOf(openid)).toContain('org.requestJoin 被婉拒后再次申请加入“第一党支部”')
  })

  it('refuses a decline whose reason fails the content check, and the request stays pending', async () => {
    const person = { openid: 'o_join_risky_reason' }
    await callOk(person, 'user', { action: 'login' })
    await callOk(person, 'org', { action: 'requestJoin', code: await inviteCode() })
    const reply = await call('secretary', 'org', {
      action: 'decideJoin',
      orgId: BRANCH,
      memberId: person.openid,
      approve: false,
      reason: '你参与赌博',
    })
    expect(reply).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    const row = storeContents().memberships.find(
      (item) => (item as { openid: string }).openid === person.openid,
    )
    expect(row).toMatchObject({ status: 'pending' })
  })

  it('a decline without a reason shows an empty one, and opening from the group says declined', async () => {
    await callOk('secretary', 'org', {
      action: 'bindGroup',
      orgId: BRANCH,
      groupCloudId: groupCloudIdFor('secretary', 'group-declined-test'),
    })
    const openid = 'o_join_declined_quietly'
    const person = { openid }
    await askAndDecide(openid, { approve: false })
    const entry = await callOk<GroupEntry>(person, 'org', {
      action: 'openFromGroup',
      groupCloudId: groupCloudIdFor(person, 'group-declined-test'),
    })
    expect(entry).toMatchObject({ bound: true, status: 'declined', declined: { reason: '' } })
    const again = await call(person, 'org', {
      action: 'requestJoin',
      groupCloudId: groupCloudIdFor(person, 'group-declined-test'),
    })
    expect(again).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
  })
})
