import { cloud } from '../../emulator/local-cloud'
import { openapiOutbox } from '../../emulator/openapi'
import { DEMO_IDENTITIES } from '../../emulator/demo/identities'
import { call, callOk, seedDemo, storeContents } from '../../test/helpers/cloud'
import { as, replyAs } from '../../test/helpers/client'
import type { LoginResult } from '../../types/user'

beforeAll(() => seedDemo())

describe('user.login', () => {
  it('creates a new user from the caller identity, once, and audits it', async () => {
    const newcomer = { openid: 'o_newcomer_1' }
    const first = await as(newcomer).user.login({})
    const second = await as(newcomer).user.login({})
    expect(first.isNew).toBe(true)
    expect(first.profile).toMatchObject({ openid: 'o_newcomer_1', nickname: '微信用户' })
    expect(second.isNew).toBe(false)
    const audits = storeContents().audit.filter(
      (row) => (row as { target: string }).target === 'o_newcomer_1',
    )
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({ action: 'user.login', actor: 'o_newcomer_1' })
  })

  it('returns the seeded secretary with her branch and role', async () => {
    const secretary = DEMO_IDENTITIES.find((identity) => identity.key === 'secretary')
    const result = await as('secretary').user.login({})
    expect(result.profile.nickname).toBe(secretary?.nickname)
    expect(result.memberships).toEqual([
      { orgId: 'org-branch-1', orgName: '第一党支部', orgKind: 'branch', role: 'secretary' },
    ])
  })

  it('lists someone’s two branches as the tree does: 第一党支部 before 离退休党支部 they joined first', async () => {
    await cloud
      .database()
      .collection('memberships')
      .add({
        data: {
          _id: 'org-branch-1_o_demo_03',
          orgId: 'org-branch-1',
          openid: 'o_demo_03',
          role: 'member',
          status: 'active',
          via: 'seed',
          joinedAt: new Date(),
        },
      })
    const result = await callOk<LoginResult>({ openid: 'o_demo_03' }, 'user', { action: 'login' })
    expect(result.memberships.map((membership) => membership.orgName)).toEqual([
      '第一党支部',
      '离退休党支部',
    ])
  })

  it('ignores an openid in the payload: identity comes only from the platform', async () => {
    const result = await callOk<LoginResult>('member', 'user', {
      action: 'login',
      openid: 'o_demo_admin',
      _openid: 'o_demo_admin',
    })
    expect(result.profile.openid).toBe('o_demo_member')
    expect(result.profile.nickname).toBe('张晓明')
  })

  it('refuses a caller without a WeChat identity and writes nothing', async () => {
    const before = storeContents()
    const reply = await replyAs('nobody').user.login({})
    expect(reply).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(storeContents()).toEqual(before)
  })

  it('tells someone who asked to join that the request waits, until the 书记 decides', async () => {
    const applicant = { openid: 'o_applicant_login' }
    const invite = await as('secretary').org.createInvite({ orgId: 'org-branch-1' })
    await as(applicant).org.requestJoin({ code: invite.code })
    const waiting = await as(applicant).user.login({})
    expect(waiting.applications).toEqual([{ orgId: 'org-branch-1', orgName: '第一党支部' }])
    expect(waiting.memberships).toEqual([])

    await as('secretary').org.decideJoin({
      orgId: 'org-branch-1',
      memberId: applicant.openid,
      approve: true,
    })
    const joined = await as(applicant).user.getProfile({})
    expect(joined.applications).toEqual([])
    expect(joined.memberships).toEqual([expect.objectContaining({ orgId: 'org-branch-1' })])
  })

  it('loads 我的 in at most 3 database round trips', async () => {
    const reply = await replyAs('member').user.login({})
    expect(reply.ok).toBe(true)
    expect(reply.roundTrips).toBeLessThanOrEqual(3)
  })
})

describe('user.updateProfile', () => {
  it('stores only the masked phone and the new nickname, and audits the change', async () => {
    const profile = await as('member').user.updateProfile({
      nickname: '张晓明同志',
      phone: '13812345678',
    })
    expect(profile).toMatchObject({ nickname: '张晓明同志', phoneMasked: '138****5678' })
    const stored = JSON.stringify(storeContents())
    expect(stored).not.toContain('13812345678')
    const again = await as('member').user.getProfile({})
    expect(again.profile.phoneMasked).toBe('138****5678')
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'user.updateProfile', actor: 'o_demo_member' }),
      ]),
    )
  })

  it('checks the nickname with msgSecCheck v2 in the profile scene', async () => {
    await as('committee').user.updateProfile({ nickname: '李红梅' })
    const check = openapiOutbox()
      .filter((entry) => entry.api === 'security.msgSecCheck')
      .pop()
    expect(check).toMatchObject({
      openid: 'o_demo_committee',
      params: { openid: 'o_demo_committee', scene: 1, version: 2, content: '李红梅' },
    })
  })

  it.each([
    ['a phone that is not 11 digits', { phone: '12345' }, 'INVALID_ARGUMENT', '手机号'],
    ['an empty nickname', { nickname: '   ' }, 'INVALID_ARGUMENT', '昵称'],
    ['an unknown field', { idCard: '110101199001011234' }, 'INVALID_ARGUMENT', 'idCard'],
    ['a risky nickname', { nickname: '赌博代理' }, 'CONTENT_RISKY', '昵称'],
    ['an operator object as nickname', { nickname: { $gt: '' } }, 'INVALID_ARGUMENT', 'nickname'],
  ])('refuses %s with a typed error and writes nothing', async (_what, input, code, hint) => {
    const before = storeContents()
    const reply = await call('member', 'user', { action: 'updateProfile', ...input })
    expect(reply).toMatchObject({ ok: false, code })
    if (!reply.ok) expect(reply.message).toContain(hint)
    expect(storeContents()).toEqual(before)
  })
})

describe('user router', () => {
  it.each([
    ['an unknown action', { action: 'dropDatabase' }],
    ['a missing action', {}],
    ['a prototype key as action', { action: '__proto__' }],
    ['a non-string action', { action: ['login'] }],
  ])('answers UNKNOWN_ACTION for %s', async (_what, event) => {
    const reply = await call('member', 'user', event)
    expect(reply).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
  })
})
