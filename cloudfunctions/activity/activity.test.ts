import { cloud } from '../../emulator/local-cloud'
import { openapiOutbox } from '../../emulator/openapi'
import {
  call,
  callOk,
  refuseAdds,
  seedDemo,
  storeContents,
  type Who,
} from '../../test/helpers/cloud'
import type {
  ActivityDetail,
  ActivitySummary,
  Reflection,
  ShowcaseItem,
} from '../../types/activity'
import type { Page } from '../../types/org'
import type { SignInCodeView } from '../../types/signin'
import { pushVerdict } from '../../test/helpers/media'
import { heldThemeDays } from './src/theme-days'

const B1 = 'org-branch-1'
const MINUTE = 60_000

beforeAll(() => seedDemo())

const at = (minutesFromNow: number) => new Date(Date.now() + minutesFromNow * MINUTE).toISOString()

/** Publishes an activity of 第一党支部 whose check-in is open now (it starts in 10 minutes). */
async function publish(overrides: Record<string, unknown> = {}): Promise<ActivitySummary> {
  return callOk<ActivitySummary>('secretary', 'activity', {
    action: 'createActivity',
    orgId: B1,
    kind: 'volunteer',
    title: '社区环境整治志愿服务',
    body: '清理楼道杂物，请穿方便活动的衣服。',
    place: '幸福社区党群服务中心',
    startsAt: at(10),
    endsAt: at(130),
    signUpBy: at(5),
    capacity: 10,
    ...overrides,
  })
}

/** Moves an activity's times straight in the store, as if the clock had moved on. */
async function setTimes(activityId: string, times: Record<string, Date>) {
  await cloud.database().collection('activities').doc(activityId).update({ data: times })
}

function activityRow(activityId: string) {
  return storeContents().activities.find((row) => (row as { _id: string })._id === activityId) as {
    signedUp: number
    checkedIn: number
    capacity: number
  }
}

function signupRows(activityId: string, status = 'signedUp') {
  return storeContents().signups.filter(
    (row) =>
      (row as { activityId: string }).activityId === activityId &&
      (row as { status: string }).status === status,
  )
}

/** Extra active members of 第一党支部, for bursts bigger than the demo branch. */
async function addMembers(prefix: string, count: number): Promise<Who[]> {
  const people: Who[] = []
  for (let index = 0; index < count; index++) {
    const openid = `${prefix}_${String(index).padStart(2, '0')}`
    await cloud
      .database()
      .collection('memberships')
      .add({
        data: {
          _id: `${B1}_${openid}`,
          orgId: B1,
          openid,
          role: 'member',
          status: 'active',
          via: 'seed',
        },
      })
    people.push({ openid })
  }
  return people
}

async function checkInAs(who: Who, activityId: string) {
  const { code } = await callOk<SignInCodeView>('secretary', 'activity', {
    action: 'getSignInCode',
    orgId: B1,
    activityId,
  })
  return callOk(who, 'activity', { action: 'checkIn', orgId: B1, activityId, code })
}

/** One check-in attempt with the code as typed: the reply, whether refused or not. */
function tryCheckIn(who: Who, activityId: string, code: string) {
  return call(who, 'activity', { action: 'checkIn', orgId: B1, activityId, code })
}

describe('publishing', () => {
  it('the secretary publishes; members see it in the list and in detail, each in ≤ 3 round trips', async () => {
    const published = await publish({ title: '学习二十届四中全会精神', kind: 'study' })
    expect(published).toMatchObject({ phase: 'signup', signedUp: 0, capacity: 10, mine: 'none' })

    const list = await call<Page<ActivitySummary>>('member', 'activity', {
      action: 'listActivities',
      orgId: B1,
    })
    if (!list.ok) throw new Error(list.message)
    expect(list.data.items.map((item) => item.id)).toContain(published.id)
    expect(list.roundTrips).toBeLessThanOrEqual(3)

    const detail = await call<ActivityDetail>('member', 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: published.id,
    })
    if (!detail.ok) throw new Error(detail.message)
    expect(detail.data).toMatchObject({
      title: '学习二十届四中全会精神',
      orgName: '第一党支部',
      canManage: false,
      signups: [],
    })
    expect(detail.roundTrips).toBeLessThanOrEqual(3)
    expect(JSON.stringify(detail.data)).not.toMatch(/signInSecret|mediaChecks/)
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'activity.createActivity', target: published.id }),
      ]),
    )
  })

  it.each([
    ['an end before the start', { startsAt: at(60), endsAt: at(30) }, '结束时间'],
    ['a deadline after the start', { signUpBy: at(90), startsAt: at(60) }, '报名截止'],
    ['a deadline already past', { signUpBy: at(-5) }, '报名截止'],
    ['no seats', { capacity: 0 }, '名额'],
    ['an unknown field', { openid: 'x', color: 'red' }, '不支持的字段'],
    ['a web image as cover', { cover: 'https://example.com/a.png' }, '图片'],
  ])(
    'refuses %s with a message that says what to fix, writing nothing',
    async (_name, bad, says) => {
      const before = storeContents()
      const reply = await call('secretary', 'activity', {
        action: 'createActivity',
        orgId: B1,
        kind: 'study',
        title: '学习会',
        place: '会议室',
        startsAt: at(60),
        endsAt: at(120),
        signUpBy: at(30),
        capacity: 5,
        ...bad,
      })
      expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
      if (!reply.ok) expect(reply.message).toContain(says)
      expect(storeContents()).toEqual(before)
    },
  )

  it('refuses text that fails content security, and a member publishing, writing nothing', async () => {
    const before = storeContents()
    const risky = await call('secretary', 'activity', {
      action: 'createActivity',
      orgId: B1,
      kind: 'other',
      title: '周末活动',
      body: '欢迎来参加赌博游戏',
      place: '活动室',
      startsAt: at(60),
      endsAt: at(120),
      signUpBy: at(30),
      capacity: 5,
    })
    expect(risky).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    const byMember = await call('member', 'activity', {
      action: 'createActivity',
      orgId: B1,
      kind: 'other',
      title: '周末活动',
      place: '活动室',
      startsAt: at(60),
      endsAt: at(120),
      signUpBy: at(30),
      capacity: 5,
    })
    expect(byMember).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })
})

describe('an activity the text check wants a person to read', () => {
  it('an activity titled with 刷单 is held for another 支委 with the kind shown (欺诈), not refused, and they can publish it', async () => {
    const held = await publish({ title: '防范刷单兼职诈骗宣传' })
    expect(held.phase).toBe('held')
    // Members neither see it nor can sign up; the 支委 see it in their list, with the kind.
    const asMember = await callOk<Page<ActivitySummary>>('member', 'activity', {
      action: 'listActivities',
      orgId: B1,
    })
    expect(asMember.items.map((item) => item.id)).not.toContain(held.id)
    expect(
      await call('member', 'activity', { action: 'getActivity', orgId: B1, activityId: held.id }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(
      await call('member', 'activity', { action: 'signUp', orgId: B1, activityId: held.id }),
    ).toMatchObject({ ok: false, code: 'CONFLICT' })
    const asCommittee = await callOk<Page<ActivitySummary>>('committee', 'activity', {
      action: 'listActivities',
      orgId: B1,
    })
    expect(asCommittee.items.find((item) => item.id === held.id)?.phase).toBe('held')
    const detail = await callOk<ActivityDetail>('committee', 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: held.id,
    })
    expect(detail).toMatchObject({ phase: 'held', contentFlag: '欺诈' })

    // Not by who published it; another 支委 publishes it anyway.
    expect(
      await call('secretary', 'activity', {
        action: 'reviewActivity',
        orgId: B1,
        activityId: held.id,
        publish: true,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const published = await callOk<ActivitySummary>('committee', 'activity', {
      action: 'reviewActivity',
      orgId: B1,
      activityId: held.id,
      publish: true,
    })
    expect(published.phase).toBe('signup')
    await callOk('member', 'activity', { action: 'signUp', orgId: B1, activityId: held.id })
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'activity.createActivity',
          target: held.id,
          summary: expect.stringContaining('可能涉及欺诈'),
        }),
        expect.objectContaining({
          action: 'activity.reviewActivity',
          target: held.id,
          actor: 'o_demo_committee',
        }),
      ]),
    )
  })

  it('a risky activity is still refused, saying what kind', async () => {
    const reply = await call('secretary', 'activity', {
      action: 'createActivity',
      orgId: B1,
      kind: 'other',
      title: '周末活动',
      body: '欢迎来参加赌博游戏',
      place: '活动室',
      startsAt: at(60),
      endsAt: at(120),
      signUpBy: at(30),
      capacity: 5,
    })
    expect(reply).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    if (!reply.ok) expect(reply.message).toContain('违法犯罪')
  })
})

describe('signing up', () => {
  it('capacity 1: the first member gets the seat, the second is told clearly that it is full', async () => {
    const { id } = await publish({ capacity: 1 })
    const first = await callOk<ActivitySummary>('member', 'activity', {
      action: 'signUp',
      orgId: B1,
      activityId: id,
    })
    expect(first).toMatchObject({ mine: 'signedUp', signedUp: 1 })
    const second = await call('committee', 'activity', {
      action: 'signUp',
      orgId: B1,
      activityId: id,
    })
    expect(second).toMatchObject({ ok: false, code: 'CONFLICT' })
    if (!second.ok) expect(second.message).toContain('名额已满')
    expect(activityRow(id).signedUp).toBe(1)

    const asBranch = await callOk<ActivityDetail>({ openid: 'o_demo_07' }, 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: id,
    })
    expect(asBranch.signups).toEqual([
      { openid: 'o_demo_member', nickname: '张晓明', checkedIn: false },
    ])
  })

  it('when the store refuses the sign-up row, the member is told the service failed, not "正在为你报名"', async () => {
    const { id } = await publish()
    const before = storeContents()
    const restore = refuseAdds('signups')
    const reply = await call('member', 'activity', { action: 'signUp', orgId: B1, activityId: id })
    restore()
    expect(reply).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(storeContents()).toEqual(before)
  })

  it('a member of another branch can neither see nor join, even with the right ids', async () => {
    const { id } = await publish()
    const before = storeContents()
    const direct = await call({ openid: 'o_demo_05' }, 'activity', {
      action: 'signUp',
      orgId: B1,
      activityId: id,
    })
    expect(direct).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const viaOwnOrg = await call({ openid: 'o_demo_05' }, 'activity', {
      action: 'getActivity',
      orgId: 'org-branch-2',
      activityId: id,
    })
    expect(viaOwnOrg).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(storeContents()).toEqual(before)
  })

  it('the committee admin reading a branch’s sign-up list is audited', async () => {
    const { id } = await publish()
    await callOk('member', 'activity', { action: 'signUp', orgId: B1, activityId: id })
    await callOk('admin', 'activity', { action: 'getActivity', orgId: B1, activityId: id })
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'activity.getActivity',
          actor: 'o_demo_admin',
          target: id,
        }),
      ]),
    )
  })

  it('the audit line of a title already in quotes quotes it once: 查看活动“七一慰问”, not 查看活动““七一慰问””', async () => {
    const whole = await publish({ title: '“七一慰问”' })
    const inner = await publish({ title: '“美丽家园”社区清洁' })
    for (const { id } of [whole, inner]) {
      await callOk('member', 'activity', { action: 'signUp', orgId: B1, activityId: id })
      await callOk('admin', 'activity', { action: 'getActivity', orgId: B1, activityId: id })
    }
    const summaries = storeContents()
      .audit.filter((row) => [whole.id, inner.id].includes((row as { target: string }).target))
      .map((row) => (row as { summary: string }).summary)
    expect(summaries).toEqual(
      expect.arrayContaining([
        '查看活动“七一慰问”的报名名单（1 人）',
        '查看活动“‘美丽家园’社区清洁”的报名名单（1 人）',
      ]),
    )
    expect(summaries.join('')).not.toMatch(/““|””/)
  })

  it('50 concurrent sign-ups for 10 seats: exactly 10 get in, the other 40 hear 名额已满', async () => {
    const people = await addMembers('o_burst', 50)
    const { id } = await publish({ capacity: 10 })
    const replies = await Promise.all(
      people.map((who) => call(who, 'activity', { action: 'signUp', orgId: B1, activityId: id })),
    )
    const accepted = replies.filter((reply) => reply.ok)
    const refused = replies.filter((reply) => !reply.ok)
    expect(accepted).toHaveLength(10)
    expect(refused).toHaveLength(40)
    for (const reply of refused) {
      expect(reply).toMatchObject({ ok: false, code: 'CONFLICT' })
      if (!reply.ok) expect(reply.message).toContain('名额已满')
    }
    expect(activityRow(id).signedUp).toBe(10)
    expect(signupRows(id)).toHaveLength(10)
  })

  it('the same person tapping sign-up five times at once holds one seat', async () => {
    const { id } = await publish({ capacity: 3 })
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('member', 'activity', { action: 'signUp', orgId: B1, activityId: id }),
      ),
    )
    expect(replies.every((reply) => reply.ok)).toBe(true)
    expect(activityRow(id).signedUp).toBe(1)
    expect(signupRows(id)).toHaveLength(1)
  })

  it('cancellations racing fresh sign-ups never over-fill and never lose a seat', async () => {
    const holders = await addMembers('o_hold', 8)
    const newcomers = await addMembers('o_new', 12)
    const { id } = await publish({ capacity: 8 })
    for (const who of holders) {
      await callOk(who, 'activity', { action: 'signUp', orgId: B1, activityId: id })
    }
    expect(activityRow(id).signedUp).toBe(8)

    const cancelling = holders.slice(0, 4)
    const replies = await Promise.all([
      ...cancelling.map((who) =>
        call(who, 'activity', { action: 'cancelSignUp', orgId: B1, activityId: id }),
      ),
      ...newcomers.map((who) =>
        call(who, 'activity', { action: 'signUp', orgId: B1, activityId: id }),
      ),
      // one holder cancels and signs up again in the same breath
      call(holders[7], 'activity', { action: 'cancelSignUp', orgId: B1, activityId: id }),
      call(holders[7], 'activity', { action: 'signUp', orgId: B1, activityId: id }),
      call(holders[7], 'activity', { action: 'cancelSignUp', orgId: B1, activityId: id }),
      call(holders[7], 'activity', { action: 'signUp', orgId: B1, activityId: id }),
    ])
    for (const reply of replies) {
      if (!reply.ok) expect(reply.code).toBe('CONFLICT')
    }
    const { signedUp, capacity } = activityRow(id)
    expect(signedUp).toBeLessThanOrEqual(capacity)
    expect(signupRows(id)).toHaveLength(signedUp)

    // No seat was lost in the storm: newcomers still outside fill exactly the seats that are free.
    const inside = new Set(signupRows(id).map((row) => (row as { openid: string }).openid))
    const waiting = newcomers.filter((who) => !inside.has((who as { openid: string }).openid))
    let admitted = 0
    for (const who of waiting) {
      const reply = await call(who, 'activity', { action: 'signUp', orgId: B1, activityId: id })
      if (reply.ok) admitted++
    }
    expect(admitted).toBe(Math.min(capacity - signedUp, waiting.length))
    expect(activityRow(id).signedUp).toBe(capacity)
    expect(signupRows(id)).toHaveLength(capacity)
  })

  it('after the deadline nobody signs up or cancels online, and nothing changes', async () => {
    const { id } = await publish()
    await callOk('member', 'activity', { action: 'signUp', orgId: B1, activityId: id })
    await setTimes(id, { signUpBy: new Date(Date.now() - MINUTE) })
    const before = storeContents()
    const late = await call('committee', 'activity', {
      action: 'signUp',
      orgId: B1,
      activityId: id,
    })
    expect(late).toMatchObject({ ok: false, code: 'CONFLICT' })
    if (!late.ok) expect(late.message).toContain('报名已截止')
    const cancel = await call('member', 'activity', {
      action: 'cancelSignUp',
      orgId: B1,
      activityId: id,
    })
    expect(cancel).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(storeContents()).toEqual(before)
  })

  it('a cancelled activity takes no sign-ups', async () => {
    const { id } = await publish()
    await callOk('committee', 'activity', {
      action: 'cancelActivity',
      orgId: B1,
      activityId: id,
      reason: '天气原因，改期另行通知',
    })
    const reply = await call('member', 'activity', { action: 'signUp', orgId: B1, activityId: id })
    expect(reply).toMatchObject({ ok: false, code: 'CONFLICT' })
    const detail = await callOk<ActivityDetail>('member', 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: id,
    })
    expect(detail).toMatchObject({ phase: 'cancelled', cancelReason: '天气原因，改期另行通知' })
  })
})

describe('check-in with the rotating code', () => {
  it('only inside the window: the host’s code opens 30 minutes before the start', async () => {
    const { id } = await publish({ startsAt: at(120), endsAt: at(180), signUpBy: at(60) })
    const early = await call('secretary', 'activity', {
      action: 'getSignInCode',
      orgId: B1,
      activityId: id,
    })
    expect(early).toMatchObject({ ok: false, code: 'CONFLICT' })
    if (!early.ok) expect(early.message).toContain('30 分钟')
    const member = await call('member', 'activity', {
      action: 'getSignInCode',
      orgId: B1,
      activityId: id,
    })
    expect(member).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('a signed-up member checks in once with the current code; others are refused', async () => {
    const { id } = await publish()
    await callOk('member', 'activity', { action: 'signUp', orgId: B1, activityId: id })
    const code = await callOk<SignInCodeView>('committee', 'activity', {
      action: 'getSignInCode',
      orgId: B1,
      activityId: id,
    })
    expect(code.code).toMatch(/^\d{6}$/)
    expect(code.qrText).toBe(`zhibu:signin:activity:${id}:${code.code}`)

    const before = storeContents()
    const wrong = await call('member', 'activity', {
      action: 'checkIn',
      orgId: B1,
      activityId: id,
      code: code.code === '000000' ? '111111' : '000000',
    })
    expect(wrong).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    const notSignedUp = await call('committee', 'activity', {
      action: 'checkIn',
      orgId: B1,
      activityId: id,
      code: code.code,
    })
    expect(notSignedUp).toMatchObject({ ok: false, code: 'CONFLICT' })
    if (!notSignedUp.ok) expect(notSignedUp.message).toContain('没有报名')
    // Nothing changed but the wrong code's audit row, which the attempt limit counts.
    const after = storeContents()
    expect({ ...after, audit: before.audit }).toEqual(before)
    expect(after.audit.slice(before.audit.length)).toEqual([
      expect.objectContaining({ action: 'activity.checkInRefused', actor: 'o_demo_member' }),
    ])

    const replies = await Promise.all(
      [1, 2, 3].map(() =>
        callOk<{ already: boolean }>('member', 'activity', {
          action: 'checkIn',
          orgId: B1,
          activityId: id,
          code: code.code,
        }),
      ),
    )
    expect(replies.filter((reply) => !reply.already)).toHaveLength(1)
    expect(activityRow(id).checkedIn).toBe(1)
    const detail = await callOk<ActivityDetail>('member', 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: id,
    })
    expect(detail.mine).toBe('checkedIn')
  })

  it('refuses check-in once the activity has ended', async () => {
    const { id } = await publish()
    await callOk('member', 'activity', { action: 'signUp', orgId: B1, activityId: id })
    const { code } = await callOk<SignInCodeView>('secretary', 'activity', {
      action: 'getSignInCode',
      orgId: B1,
      activityId: id,
    })
    await setTimes(id, { endsAt: new Date(Date.now() - MINUTE) })
    const reply = await tryCheckIn('member', id, code)
    expect(reply).toMatchObject({ ok: false, code: 'CONFLICT' })
    if (!reply.ok) expect(reply.message).toContain('已结束')
  })
})

describe('活动签到的签到码错误次数限制', () => {
  it('活动签到：连续输错签到码后被暂时锁定，和会议签到一样', async () => {
    const { id } = await publish()
    await callOk('member', 'activity', { action: 'signUp', orgId: B1, activityId: id })
    await callOk('committee', 'activity', { action: 'signUp', orgId: B1, activityId: id })
    const { code } = await callOk<SignInCodeView>('secretary', 'activity', {
      action: 'getSignInCode',
      orgId: B1,
      activityId: id,
    })
    const wrongCode = code === '000000' ? '111111' : '000000'
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await tryCheckIn('member', id, wrongCode)
      expect(wrong).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    }
    const locked = await tryCheckIn('member', id, code)
    expect(locked).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    if (!locked.ok) expect(locked.message).toContain('签到码输错次数太多，请 10 分钟后再试')
    expect(activityRow(id).checkedIn).toBe(0)
    // The limit is per person: someone else at the same activity still checks in.
    await expect(checkInAs('committee', id)).resolves.toMatchObject({ already: false })
  })
})

describe('afterwards: reflections, photos and the showcase', () => {
  async function heldActivity(title: string) {
    const activity = await publish({ title, kind: 'themeDay' })
    await callOk('member', 'activity', { action: 'signUp', orgId: B1, activityId: activity.id })
    await callOk({ openid: 'o_demo_07' }, 'activity', {
      action: 'signUp',
      orgId: B1,
      activityId: activity.id,
    })
    await checkInAs('member', activity.id)
    await checkInAs({ openid: 'o_demo_07' }, activity.id)
    return activity
  }

  async function showcase(who: Who, orgId: string) {
    return callOk<Page<ShowcaseItem>>(who, 'activity', { action: 'listShowcase', orgId })
  }

  it('a 心得 the check finds risky is refused, saying what kind, and no 支委 can publish it', async () => {
    const { id } = await heldActivity('十二月主题党日：学习新党章')
    const before = storeContents()
    const risky = await call('member', 'activity', {
      action: 'submitReflection',
      orgId: B1,
      activityId: id,
      text: '活动很好，散会后去打牌赌博',
    })
    expect(risky).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
      message: '心得含有不适宜公开的内容（内容安全检查认为涉及违法犯罪），请修改后再提交',
    })
    expect(storeContents()).toEqual(before)
    const asCommittee = await callOk<ActivityDetail>('committee', 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: id,
    })
    expect(asCommittee.reflections).toEqual([])
  })

  it('only participants write a 心得; a clean one is published, a doubtful one is held for the 支委', async () => {
    const { id } = await heldActivity('十一月主题党日：重温入党誓词')
    const outsider = await call('committee', 'activity', {
      action: 'submitReflection',
      orgId: B1,
      activityId: id,
      text: '很受教育，收获很大。',
    })
    expect(outsider).toMatchObject({ ok: false, code: 'CONFLICT' })
    const tooLong = await call('member', 'activity', {
      action: 'submitReflection',
      orgId: B1,
      activityId: id,
      text: '好'.repeat(201),
    })
    expect(tooLong).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })

    const clean = await callOk<Reflection>('member', 'activity', {
      action: 'submitReflection',
      orgId: B1,
      activityId: id,
      text: '重温入党誓词，初心更加坚定。',
    })
    expect(clean.status).toBe('approved')
    const held = await callOk<Reflection>({ openid: 'o_demo_07' }, 'activity', {
      action: 'submitReflection',
      orgId: B1,
      activityId: id,
      text: '活动很好，另外有刷单兼职可以找我',
    })
    expect(held.status).toBe('held')

    const asMember = await callOk<ActivityDetail>('member', 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: id,
    })
    expect(asMember.reflections.map((item) => item.nickname)).toEqual(['张晓明'])
    const asAuthor = await callOk<ActivityDetail>({ openid: 'o_demo_07' }, 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: id,
    })
    expect(asAuthor.myReflection).toMatchObject({ status: 'held' })
    const asCommittee = await callOk<ActivityDetail>('committee', 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: id,
    })
    expect(asCommittee.reflections.map((item) => item.status).sort()).toEqual(['approved', 'held'])

    const shown = (await showcase('member', B1)).items.find((item) => item.id === id)
    expect(shown?.reflections).toEqual([
      { nickname: '张晓明', text: '重温入党誓词，初心更加坚定。' },
    ])

    const again = await call('member', 'activity', {
      action: 'submitReflection',
      orgId: B1,
      activityId: id,
      text: '再改一下我的心得内容。',
    })
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' })

    await callOk('committee', 'activity', {
      action: 'reviewReflection',
      orgId: B1,
      activityId: id,
      memberId: 'o_demo_07',
      approve: false,
    })
    const twice = await call('secretary', 'activity', {
      action: 'reviewReflection',
      orgId: B1,
      activityId: id,
      memberId: 'o_demo_07',
      approve: true,
    })
    expect(twice).toMatchObject({ ok: false, code: 'CONFLICT' })
    const after = (await showcase('member', B1)).items.find((item) => item.id === id)
    expect(after?.reflectionCount).toBe(1)
  })

  it('a participant’s photos are checked and held until a 支委 approves them for the showcase', async () => {
    const { id } = await heldActivity('主题党日：参观革命纪念馆')
    const { fileID } = (await cloud.uploadFile({
      cloudPath: 'uploads/activity/202611/test-photo-1.jpg',
      fileContent: Buffer.from('jpeg bytes'),
    })) as { fileID: string }

    const notTakingPart = await call('resident', 'activity', {
      action: 'addPhotos',
      orgId: B1,
      activityId: id,
      fileIDs: [fileID],
    })
    expect(notTakingPart).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    const { added } = await callOk<{ added: { id: string; status: string }[] }>(
      'member',
      'activity',
      { action: 'addPhotos', orgId: B1, activityId: id, fileIDs: [fileID] },
    )
    expect(added).toMatchObject([{ status: 'pending' }])
    expect(openapiOutbox().map((entry) => entry.api)).toContain('security.mediaCheckAsync')

    const byOther = await callOk<ActivityDetail>({ openid: 'o_demo_07' }, 'activity', {
      action: 'getActivity',
      orgId: B1,
      activityId: id,
    })
    expect(byOther.photos).toEqual([])
    expect((await showcase('member', B1)).items.some((item) => item.id === id)).toBe(false)

    await callOk('committee', 'activity', {
      action: 'reviewPhoto',
      orgId: B1,
      activityId: id,
      photoId: added[0].id,
      approve: true,
    })
    const shown = (await showcase('member', B1)).items.find((item) => item.id === id)
    expect(shown).toMatchObject({ photoCount: 1, photos: [{ fileID }] })

    // The platform's verdict arrives later; a flagged photo comes down from everywhere.
    expect(await pushVerdict(fileID, 'risky')).toMatchObject({
      ok: true,
      data: { applied: 'removed' },
    })
    const after = (await showcase('member', B1)).items.find((item) => item.id === id)
    expect(after).toBeUndefined()
  })

  it('the showcase follows the tree: the 党委 admin sees every branch, a member only their own', async () => {
    const b1 = await heldActivity('主题党日：志愿服务进社区')
    await callOk('member', 'activity', {
      action: 'submitReflection',
      orgId: B1,
      activityId: b1.id,
      text: '为社区老人做了一点实事，很开心。',
    })
    const admin = await showcase('admin', 'org-committee')
    expect(admin.items.find((item) => item.id === b1.id)).toMatchObject({ orgName: '第一党支部' })
    const other = await showcase({ openid: 'o_demo_05' }, 'org-branch-2')
    expect(other.items.some((item) => item.orgId === B1)).toBe(false)
    const before = storeContents()
    const peek = await call('member', 'activity', {
      action: 'listShowcase',
      orgId: 'org-committee',
    })
    expect(peek).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })

  it('counts a 主题党日 for its month once it took place with people checked in', async () => {
    const month = new Date(Date.now() + 8 * 3600_000 + 10 * MINUTE).toISOString().slice(0, 7)
    const count = async () =>
      (await heldThemeDays(cloud.database(), [B1, 'org-branch-2'], [month], new Date())).find(
        (row) => row.orgId === B1 && row.month === month,
      )?.count ?? 0
    const held = await heldActivity('主题党日：学习党章')
    const empty = await publish({ kind: 'themeDay', title: '主题党日：无人签到' })
    const volunteer = await publish({ kind: 'volunteer', title: '志愿服务' })
    const before = await count()
    const ended = new Date(Date.now() - MINUTE)
    for (const id of [held.id, empty.id, volunteer.id]) await setTimes(id, { endsAt: ended })
    // Only the themeDay that people checked in to counts; the empty one and the volunteering do not.
    expect(await count()).toBe(before + 1)
    const branch2 = await heldThemeDays(cloud.database(), ['org-branch-2'], [month], new Date())
    expect(branch2).toEqual([])
  })
})

describe('a sign-up cut off between its seat and its row', () => {
  it('gives its seat back to the next person who finds the activity full', async () => {
    const { id } = await publish({ capacity: 1 })
    const db = cloud.database()
    // What a crash leaves behind: a seat taken, the claim never settled, a minute ago.
    await db
      .collection('activities')
      .doc(id)
      .update({ data: { signedUp: 1 } })
    await db.collection('signups').add({
      data: {
        _id: `${id}_o_crashed`,
        activityId: id,
        orgId: B1,
        openid: 'o_crashed',
        nickname: '断线的人',
        status: 'claiming',
        signedUpAt: new Date(Date.now() - 60_000),
        checkedIn: false,
        checkedInAt: null,
        reflection: null,
      },
    })
    const reply = await call('member', 'activity', { action: 'signUp', orgId: B1, activityId: id })
    expect(reply).toMatchObject({ ok: true })
    expect(activityRow(id).signedUp).toBe(1)
    expect(signupRows(id).map((row) => (row as { openid: string }).openid)).toEqual([
      'o_demo_member',
    ])
  })
})
