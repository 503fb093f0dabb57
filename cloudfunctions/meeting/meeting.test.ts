import { randomBytes } from 'node:crypto'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { PAST_CONGRESS, peopleOf } from '../../emulator/demo/facts'
import { callFunctionAs, cloud } from '../../emulator/local-cloud'
import { openapiOutbox } from '../../emulator/openapi'
import { call, callOk, seedDemo, storeContents, type Who } from '../../test/helpers/cloud'
import type {
  AttendanceChange,
  Completeness,
  LedgerExport,
  MeetingDetail,
  MeetingSummary,
  MinutesView,
  ShareCard,
  SignInResult,
} from '../../types/meeting'
import type { Page } from '../../types/org'
import type { SignInCodeView } from '../../types/signin'
import { CODE_WINDOW_SECONDS, currentSignInCode } from '../_shared/signin-code'

beforeAll(() => seedDemo())

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const BRANCH = 'org-branch-1'
/** Everyone of 第一党支部: whom a new meeting of most kinds expects. */
const BRANCH_PEOPLE = peopleOf(BRANCH).length

/**
 * A 党员大会 of 第一党支部 (every member expected) starting `startsIn` from now (sign-in opens 30
 * minutes before).
 */
async function schedule(
  overrides: Record<string, unknown> = {},
  startsIn = 10 * MINUTE,
  who: Who = 'secretary',
): Promise<MeetingDetail> {
  const start = Date.now() + startsIn
  return callOk<MeetingDetail>(who, 'meeting', {
    action: 'createMeeting',
    orgId: BRANCH,
    requestId: randomBytes(8).toString('hex'),
    kind: 'congress',
    title: '测试党员大会',
    agenda: '研究下月工作安排',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + HOUR).toISOString(),
    place: '党群服务中心小会议室',
    hostId: 'o_demo_secretary',
    recorderId: 'o_demo_committee',
    ...overrides,
  })
}

/**
 * Codes are computed here and checked in the function a few milliseconds later: start clear of a
 * window's edge so both see the same window.
 */
async function awayFromWindowEdge() {
  const into = Date.now() % (CODE_WINDOW_SECONDS * 1000)
  if (into > CODE_WINDOW_SECONDS * 1000 - 2000) {
    await new Promise((resolve) => setTimeout(resolve, CODE_WINDOW_SECONDS * 1000 - into + 50))
  }
}

const codeFor = (meetingId: string) =>
  callOk<SignInCodeView>('secretary', 'meeting', { action: 'getSignInCode', meetingId })

function storedMeeting(meetingId: string) {
  const found = storeContents().meetings.find((row) => (row as { _id?: string })._id === meetingId)
  if (!found) throw new Error(`no meeting ${meetingId}`)
  return found as unknown as { secret: string; minutesVersion: number; rhythm?: unknown }
}

const attendanceRows = (meetingId: string) =>
  storeContents().attendance.filter(
    (row) => (row as { meetingId?: string }).meetingId === meetingId,
  ) as unknown as { openid: string; status: string; by?: string; reason?: string }[]

/** The committee member's text checks that saw `word`: at least one, each within one call's 2 500. */
function expectCheckedInPieces(word: string) {
  const pieces = openapiOutbox()
    .filter((entry) => entry.api === 'security.msgSecCheck' && entry.openid === 'o_demo_committee')
    .map((entry) => String(entry.params.content))
    .filter((content) => content.includes(word))
  expect(pieces.length).toBeGreaterThan(0)
  expect(pieces.every((content) => content.length <= 2500)).toBe(true)
}

describe('meeting list and detail', () => {
  it('shows a member upcoming and past meetings of the branch in ≤ 3 round trips, never the secret', async () => {
    const upcoming = await call<Page<MeetingSummary>>('member', 'meeting', {
      action: 'listMeetings',
      orgId: BRANCH,
      when: 'upcoming',
    })
    if (!upcoming.ok) throw new Error(upcoming.message)
    expect(upcoming.roundTrips).toBeLessThanOrEqual(3)
    const past = await callOk<Page<MeetingSummary>>('member', 'meeting', {
      action: 'listMeetings',
      orgId: BRANCH,
      when: 'past',
    })
    const all = [...upcoming.data.items, ...past.items]
    expect(all.map((item) => item.id)).toEqual(
      expect.arrayContaining(['meeting-demo-b1-congress-past', 'meeting-demo-b1-congress-next']),
    )
    expect(all.every((item) => !('secret' in item))).toBe(true)
    const congress = past.items.find((item) => item.id === 'meeting-demo-b1-congress-past')
    expect(congress).toMatchObject({
      phase: 'ended',
      expectedCount: PAST_CONGRESS.expected.length,
      hasMinutes: true,
    })
    expect(congress?.attendedCount).toBe(PAST_CONGRESS.attended.length)
  })

  it('gives members the meeting without the roster, and the secretary the roster, quorum and minutes', async () => {
    const asMember = await call<MeetingDetail>('member', 'meeting', {
      action: 'getMeeting',
      meetingId: 'meeting-demo-b1-congress-past',
    })
    if (!asMember.ok) throw new Error(asMember.message)
    expect(asMember.roundTrips).toBeLessThanOrEqual(3)
    expect(asMember.data.roster).toBeNull()
    expect(asMember.data.can).toEqual({
      manage: false,
      showCode: false,
      record: false,
      decide: false,
    })
    expect(asMember.data.quorum).toEqual({
      voting: PAST_CONGRESS.voting,
      votingPresent: PAST_CONGRESS.votingPresent,
      met: true,
    })
    const { secret } = storedMeeting('meeting-demo-b1-congress-past')
    expect(JSON.stringify(asMember.data)).not.toContain(secret)
    expect(asMember.data).not.toHaveProperty('secret')

    const asSecretary = await callOk<MeetingDetail>('secretary', 'meeting', {
      action: 'getMeeting',
      meetingId: 'meeting-demo-b1-congress-past',
    })
    expect(asSecretary.roster).toHaveLength(PAST_CONGRESS.expected.length)
    const proxy = asSecretary.roster?.find((entry) => entry.attendance?.status === 'proxy')
    expect(proxy?.attendance).toMatchObject({
      by: { nickname: '王建国' },
      reason: expect.any(String),
    })
    expect(asSecretary.minutes).toMatchObject({
      expectedCount: PAST_CONGRESS.expected.length,
      attendedCount: PAST_CONGRESS.attended.length,
    })
    expect(asSecretary.minutes?.absentees.map((person) => person.reason)).toEqual(
      expect.arrayContaining(['请假：在外地出差', '']),
    )
  })

  it('an admin from above reading the roster and leave reasons leaves an audit line naming the branch and meeting', async () => {
    const auditOf = () =>
      (
        storeContents().audit as unknown as { action: string; actor: string; summary: string }[]
      ).filter((row) => row.action === 'meeting.getMeeting')
    const before = auditOf().length
    const read = await callOk<MeetingDetail>('secretary', 'meeting', {
      action: 'getMeeting',
      meetingId: 'meeting-demo-b1-congress-past',
    })
    expect(read.roster?.length).toBeGreaterThan(0)
    expect(auditOf()).toHaveLength(before)
    const byAdmin = await callOk<MeetingDetail>('admin', 'meeting', {
      action: 'getMeeting',
      meetingId: 'meeting-demo-b1-congress-past',
    })
    expect(byAdmin.roster?.length).toBeGreaterThan(0)
    const added = auditOf().slice(before)
    expect(added).toHaveLength(1)
    expect(added[0].summary).toBe('查看第一党支部“第三季度支部党员大会”的签到名单和请假理由')
  })

  it('a member of another branch gets the same answer for a real meeting id as for a made-up one', async () => {
    const before = storeContents()
    const asks = [
      { action: 'getMeeting' },
      { action: 'signIn', code: '000000' },
      { action: 'requestAttendance', kind: 'leave', reason: '出差' },
      { action: 'updateMeeting', title: '改个名字' },
      { action: 'cancelMeeting', reason: '取消' },
    ]
    for (const who of [{ openid: 'o_demo_05' }, 'resident'] as const) {
      for (const ask of asks) {
        const { roundTrips: _realTrips, ...real } = await call(who, 'meeting', {
          ...ask,
          meetingId: 'meeting-demo-b1-congress-next',
        })
        const { roundTrips: _madeUpTrips, ...madeUp } = await call(who, 'meeting', {
          ...ask,
          meetingId: 'meeting-made-up',
        })
        expect(madeUp).toMatchObject({ ok: false, code: 'NOT_FOUND' })
        expect(real).toEqual(madeUp)
      }
    }
    expect(storeContents()).toEqual(before)
  })

  it('a member of the branch who may not do something with a meeting is told so (FORBIDDEN)', async () => {
    const reply = await call('member', 'meeting', {
      action: 'updateMeeting',
      meetingId: 'meeting-demo-b1-congress-next',
      title: '改个名字',
    })
    expect(reply).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只有支委和书记可以修改会议',
    })
  })
})

describe('scheduling', () => {
  it('creates once for a retried submit, with every member expected by default', async () => {
    const requestId = randomBytes(8).toString('hex')
    const input = {
      action: 'createMeeting',
      orgId: BRANCH,
      requestId,
      kind: 'group',
      title: '第一党小组学习会',
      agenda: '学习文件',
      startsAt: new Date(Date.now() + 48 * HOUR).toISOString(),
      endsAt: new Date(Date.now() + 49 * HOUR).toISOString(),
      place: '活动室',
      hostId: 'o_demo_committee',
      recorderId: 'o_demo_committee',
    }
    const [first, second] = await Promise.all([
      callOk<MeetingDetail>('committee', 'meeting', input),
      callOk<MeetingDetail>('committee', 'meeting', input),
    ])
    expect(second.id).toBe(first.id)
    expect(
      storeContents().meetings.filter((row) => (row as { _id?: string })._id === first.id),
    ).toHaveLength(1)
    expect(first.expectedCount).toBe(BRANCH_PEOPLE)
    expect(first.can.manage).toBe(true)
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'meeting.createMeeting', target: first.id }),
      ]),
    )
  })

  it('a new 支委会 expects the committee, a 党员大会 every 党员 with 预备党员 but no 入党积极分子, unless people are picked', async () => {
    const active = (
      storeContents().memberships as unknown as {
        orgId: string
        openid: string
        role: string
        status: string
      }[]
    ).filter((row) => row.orgId === BRANCH && row.status === 'active' && row.role !== 'admin')
    const committee = active
      .filter((row) => ['secretary', 'deputy', 'committee'].includes(row.role))
      .map((row) => row.openid)
    expect(committee.length).toBeGreaterThan(0)
    expect(active.some((row) => row.role === 'probationary')).toBe(true)
    expect(active.some((row) => row.role === 'activist')).toBe(true)
    const party = active.filter((row) => row.role !== 'activist' && row.role !== 'masses')
    const expectedOf = (meeting: MeetingDetail) =>
      (storedMeeting(meeting.id) as unknown as { expected: string[] }).expected
    const sitting = await schedule({ kind: 'committee', title: '支委会' }, 72 * HOUR)
    expect(expectedOf(sitting).sort()).toEqual([...committee].sort())
    expect(sitting.expectedCount).toBe(committee.length)
    const congress = await schedule({}, 74 * HOUR)
    expect(expectedOf(congress).sort()).toEqual(party.map((row) => row.openid).sort())
    expect(expectedOf(congress)).not.toContain('o_demo_activist')
    const picked = await schedule({ expected: ['o_demo_member'] }, 76 * HOUR)
    expect(expectedOf(picked)).toEqual(['o_demo_member'])
  })

  it('refuses bad input and members without a committee role, writing nothing', async () => {
    const before = storeContents()
    const start = Date.now() + HOUR
    const base = {
      action: 'createMeeting',
      orgId: BRANCH,
      requestId: 'abcdefgh12',
      kind: 'committee',
      title: '支委会',
      agenda: '议程',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + HOUR).toISOString(),
      place: '会议室',
      hostId: 'o_demo_secretary',
      recorderId: 'o_demo_secretary',
    }
    const backwards = await call('secretary', 'meeting', {
      ...base,
      endsAt: new Date(start - HOUR).toISOString(),
    })
    expect(backwards).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
      message: '结束时间要晚于开始时间',
    })
    const outsider = await call('secretary', 'meeting', { ...base, hostId: 'o_demo_05' })
    expect(outsider).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    const risky = await call('secretary', 'meeting', { ...base, agenda: '讨论赌博问题' })
    expect(risky).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    const extra = await call('secretary', 'meeting', { ...base, secret: 'mine' })
    expect(extra).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    expect(await call('member', 'meeting', base)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })

  it('moves a meeting before sign-in opens but not once it is under way', async () => {
    const later = await schedule({}, 5 * HOUR)
    const moved = await callOk<MeetingDetail>('secretary', 'meeting', {
      action: 'updateMeeting',
      meetingId: later.id,
      startsAt: new Date(Date.now() + 6 * HOUR).toISOString(),
      endsAt: new Date(Date.now() + 7 * HOUR).toISOString(),
    })
    expect(Date.parse(moved.startsAt)).toBeGreaterThan(Date.parse(later.startsAt))
    const open = await schedule()
    const refused = await call('secretary', 'meeting', {
      action: 'updateMeeting',
      meetingId: open.id,
      endsAt: new Date(Date.now() + 5 * HOUR).toISOString(),
    })
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('changing 应到 once sign-in has opened asks why, and the audit names who was taken off', async () => {
    const meeting = await schedule({}, -10 * MINUTE)
    const expected = (storedMeeting(meeting.id) as unknown as { expected: string[] }).expected
    const fewer = expected.filter((openid) => openid !== 'o_demo_member')
    const before = storeContents()
    expect(
      await call('secretary', 'meeting', {
        action: 'updateMeeting',
        meetingId: meeting.id,
        expected: fewer,
      }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
      message: '签到已经开始，调整应到人员请写明原因',
    })
    expect(storeContents()).toEqual(before)
    await callOk('secretary', 'meeting', {
      action: 'updateMeeting',
      meetingId: meeting.id,
      expected: fewer,
      reason: '临时抽调参加防汛值班',
    })
    const users = storeContents().users as unknown as { _id: string; nickname: string }[]
    const name = users.find((row) => row._id === 'o_demo_member')?.nickname
    const line = (
      storeContents().audit as unknown as { action: string; target: string; summary: string }[]
    )
      .filter((row) => row.action === 'meeting.updateMeeting' && row.target === meeting.id)
      .pop()
    expect(line?.summary).toBe(
      `修改“测试党员大会”的应到人员：应到减少 ${name}，原因：临时抽调参加防汛值班`,
    )
  })

  it('cancels with a reason members see', async () => {
    const meeting = await schedule({}, 3 * HOUR)
    const cancelled = await callOk<MeetingSummary>('committee', 'meeting', {
      action: 'cancelMeeting',
      meetingId: meeting.id,
      reason: '与上级会议冲突',
    })
    expect(cancelled.phase).toBe('cancelled')
    const seen = await callOk<MeetingDetail>('member', 'meeting', {
      action: 'getMeeting',
      meetingId: meeting.id,
    })
    expect(seen).toMatchObject({ phase: 'cancelled', cancelReason: '与上级会议冲突' })
  })
})

describe('sign-in with the rotating code', () => {
  it('signs a member in once, however often they tap', async () => {
    const meeting = await schedule()
    const shown = await call<SignInCodeView>('secretary', 'meeting', {
      action: 'getSignInCode',
      meetingId: meeting.id,
    })
    if (!shown.ok) throw new Error(shown.message)
    expect(shown.roundTrips).toBeLessThanOrEqual(3)
    const { code, qrText } = shown.data
    expect(qrText).toBe(`zhibu:signin:meeting:${meeting.id}:${code}`)
    const taps = await Promise.all(
      Array.from({ length: 5 }, () =>
        callOk<SignInResult>('member', 'meeting', {
          action: 'signIn',
          meetingId: meeting.id,
          code,
          via: 'scan',
        }),
      ),
    )
    expect(taps.filter((tap) => !tap.already)).toHaveLength(1)
    expect(taps.every((tap) => tap.status === 'present')).toBe(true)
    expect(attendanceRows(meeting.id)).toEqual([
      expect.objectContaining({ openid: 'o_demo_member', status: 'present' }),
    ])
    const signIns = storeContents().audit.filter(
      (row) =>
        (row as { action?: string }).action === 'meeting.signIn' &&
        (row as { target?: string }).target === `${meeting.id}_o_demo_member`,
    )
    expect(signIns).toHaveLength(1)
  })

  it('accepts the previous window’s code and refuses one from two windows ago', async () => {
    const meeting = await schedule()
    const { secret } = storedMeeting(meeting.id)
    await awayFromWindowEdge()
    const now = Date.now()
    const previous = currentSignInCode(secret, new Date(now - CODE_WINDOW_SECONDS * 1000)).code
    const stale = currentSignInCode(secret, new Date(now - 2 * CODE_WINDOW_SECONDS * 1000)).code
    const refused = await call('committee', 'meeting', {
      action: 'signIn',
      meetingId: meeting.id,
      code: stale,
    })
    expect(refused).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    expect(attendanceRows(meeting.id)).toEqual([])
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'meeting.signInRefused',
          actor: 'o_demo_committee',
          target: meeting.id,
        }),
      ]),
    )
    await callOk('committee', 'meeting', {
      action: 'signIn',
      meetingId: meeting.id,
      code: previous,
    })
    expect(attendanceRows(meeting.id)).toHaveLength(1)
  })

  it('refuses someone who is neither expected nor a member, and writes nothing', async () => {
    const meeting = await schedule()
    const { code } = await codeFor(meeting.id)
    const before = storeContents()
    for (const who of [{ openid: 'o_demo_05' }, 'resident'] as const) {
      const reply = await call(who, 'meeting', { action: 'signIn', meetingId: meeting.id, code })
      expect(reply).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    }
    expect(storeContents()).toEqual(before)
  })

  it('only opens 30 minutes before the start', async () => {
    const meeting = await schedule({}, 2 * HOUR)
    const { secret } = storedMeeting(meeting.id)
    const reply = await call('member', 'meeting', {
      action: 'signIn',
      meetingId: meeting.id,
      code: currentSignInCode(secret, new Date()).code,
    })
    expect(reply).toMatchObject({ ok: false, code: 'CONFLICT' })
    if (!reply.ok) expect(reply.message).toContain('开放')
    expect(
      await call('secretary', 'meeting', { action: 'getSignInCode', meetingId: meeting.id }),
    ).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
  })

  it('stops guessing after five wrong codes, even a right one', async () => {
    const meeting = await schedule()
    for (let attempt = 0; attempt < 5; attempt++) {
      await call({ openid: 'o_demo_deputy' }, 'meeting', {
        action: 'signIn',
        meetingId: meeting.id,
        code: '000000',
      })
    }
    const { code } = await codeFor(meeting.id)
    const reply = await call({ openid: 'o_demo_deputy' }, 'meeting', {
      action: 'signIn',
      meetingId: meeting.id,
      code,
    })
    expect(reply).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    if (!reply.ok) {
      expect(reply.message).toBe('签到码输错次数太多，请 10 分钟后再试，或请书记代为签到')
    }
  })

  it('shows the code only to the host and the committee', async () => {
    const meeting = await schedule({ hostId: 'o_demo_member' })
    expect(
      await call('member', 'meeting', { action: 'getSignInCode', meetingId: meeting.id }),
    ).toMatchObject({
      ok: true,
    })
    expect(
      await call({ openid: 'o_demo_07' }, 'meeting', {
        action: 'getSignInCode',
        meetingId: meeting.id,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

describe('请假, 补签 and 代签', () => {
  it('a leave request waits for the secretary, is decided once, and shows as the absence reason', async () => {
    const meeting = await schedule({}, 3 * HOUR)
    const asked = await callOk<AttendanceChange>('member', 'meeting', {
      action: 'requestAttendance',
      meetingId: meeting.id,
      kind: 'leave',
      reason: '外出培训',
    })
    expect(asked).toEqual({ memberId: 'o_demo_member', status: 'pending', request: 'leave' })
    expect(
      await call('committee', 'meeting', {
        action: 'decideRequest',
        meetingId: meeting.id,
        memberId: 'o_demo_member',
        approve: true,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const decisions = await Promise.all(
      ['secretary', { openid: 'o_demo_deputy' }].map((who) =>
        call<AttendanceChange>(who as Who, 'meeting', {
          action: 'decideRequest',
          meetingId: meeting.id,
          memberId: 'o_demo_member',
          approve: true,
        }),
      ),
    )
    expect(decisions.filter((reply) => reply.ok)).toHaveLength(1)
    expect(decisions.filter((reply) => !reply.ok)).toEqual([
      expect.objectContaining({ code: 'CONFLICT' }),
    ])
    const detail = await callOk<MeetingDetail>('member', 'meeting', {
      action: 'getMeeting',
      meetingId: meeting.id,
    })
    expect(detail.myAttendance).toMatchObject({
      status: 'leave',
      request: { kind: 'leave', reason: '外出培训', decision: 'approved' },
    })
    expect(detail.counts.leave).toBe(1)
  })

  it('the audit line of an approved 请假 names whose request it was', async () => {
    const meeting = await schedule({ title: '“七一”专题党课' }, 3 * HOUR)
    await callOk('member', 'meeting', {
      action: 'requestAttendance',
      meetingId: meeting.id,
      kind: 'leave',
      reason: '外出培训',
    })
    await callOk('secretary', 'meeting', {
      action: 'decideRequest',
      meetingId: meeting.id,
      memberId: 'o_demo_member',
      approve: true,
    })
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'meeting.decideRequest',
          target: `${meeting.id}_o_demo_member`,
          summary: '批准张晓明的请假申请（“‘七一’专题党课”）',
        }),
      ]),
    )
  })

  it('补签 after the meeting is approved as late; 代签 keeps who and why', async () => {
    const meeting = await schedule({}, -3 * HOUR)
    expect(meeting.phase).toBe('ended')
    await callOk('member', 'meeting', {
      action: 'requestAttendance',
      meetingId: meeting.id,
      kind: 'makeup',
      reason: '到会了但手机没电',
    })
    await callOk('secretary', 'meeting', {
      action: 'decideRequest',
      meetingId: meeting.id,
      memberId: 'o_demo_member',
      approve: true,
    })
    await callOk('secretary', 'meeting', {
      action: 'proxySignIn',
      meetingId: meeting.id,
      memberId: 'o_demo_07',
      reason: '本人到会，不会使用手机',
    })
    expect(
      await call('member', 'meeting', {
        action: 'proxySignIn',
        meetingId: meeting.id,
        memberId: 'o_demo_committee',
        reason: '帮同事签到',
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(attendanceRows(meeting.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ openid: 'o_demo_member', status: 'late' }),
        expect.objectContaining({
          openid: 'o_demo_07',
          status: 'proxy',
          by: 'o_demo_secretary',
          reason: '本人到会，不会使用手机',
        }),
      ]),
    )
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'meeting.proxySignIn',
          target: `${meeting.id}_o_demo_07`,
        }),
        expect.objectContaining({
          action: 'meeting.decideRequest',
          target: `${meeting.id}_o_demo_member`,
        }),
      ]),
    )
  })

  it('after the meeting a 代签 is a 会后补录 the 台账 names; an approved leave is never signed over', async () => {
    const meeting = await schedule({}, -2 * HOUR)
    await callOk('member', 'meeting', {
      action: 'requestAttendance',
      meetingId: meeting.id,
      kind: 'makeup',
      reason: '手机没电',
    })
    // 张晓明 asked for 补签; 赵 (o_demo_07) is backfilled by the secretary.
    await callOk('secretary', 'meeting', {
      action: 'proxySignIn',
      meetingId: meeting.id,
      memberId: 'o_demo_07',
      reason: '本人到会，不会使用手机',
    })
    expect(attendanceRows(meeting.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ openid: 'o_demo_07', status: 'proxy', method: 'backfill' }),
      ]),
    )
    const audit = storeContents().audit as unknown as { target: string; summary: string }[]
    expect(audit.find((row) => row.target === `${meeting.id}_o_demo_07`)?.summary).toMatch(
      /^为.+会后补录“测试党员大会”：本人到会，不会使用手机$/,
    )

    // A leave approved before the meeting: a 代签 over it is refused and writes nothing.
    const upcoming = await schedule({}, 20 * MINUTE)
    await callOk('member', 'meeting', {
      action: 'requestAttendance',
      meetingId: upcoming.id,
      kind: 'leave',
      reason: '外出培训',
    })
    await callOk('secretary', 'meeting', {
      action: 'decideRequest',
      meetingId: upcoming.id,
      memberId: 'o_demo_member',
      approve: true,
    })
    const before = storeContents()
    const over = await call('secretary', 'meeting', {
      action: 'proxySignIn',
      meetingId: upcoming.id,
      memberId: 'o_demo_member',
      reason: '其实来了',
    })
    expect(over).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(storeContents()).toEqual(before)
  })

  it('refuses leave after the meeting and a request without a reason', async () => {
    const meeting = await schedule({}, -3 * HOUR)
    const before = storeContents()
    expect(
      await call('member', 'meeting', {
        action: 'requestAttendance',
        meetingId: meeting.id,
        kind: 'leave',
        reason: '有事',
      }),
    ).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(
      await call('member', 'meeting', {
        action: 'requestAttendance',
        meetingId: meeting.id,
        kind: 'makeup',
        reason: ' ',
      }),
    ).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    expect(storeContents()).toEqual(before)
  })
})

describe('minutes recorded once', () => {
  it('the recorder writes them; 应到/实到 and absentees come from attendance', async () => {
    const meeting = await schedule({}, -2 * HOUR)
    await callOk('secretary', 'meeting', {
      action: 'proxySignIn',
      meetingId: meeting.id,
      memberId: 'o_demo_secretary',
      reason: '主持人本人',
    })
    const { fileID } = await cloud.uploadFile({
      cloudPath: 'uploads/meeting/202611/test-photo.jpg',
      fileContent: Buffer.from('jpeg'),
    })
    const minutes = await callOk<MinutesView>('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary: '会议研究了下月志愿服务的安排，明确了分工。',
      resolutions: ['下月开展两次志愿服务'],
      photos: [fileID],
      absenceNotes: [{ memberId: 'o_demo_deputy', reason: '因公出差' }],
    })
    expect(minutes).toMatchObject({
      version: 1,
      held: false,
      expectedCount: BRANCH_PEOPLE,
      attendedCount: 1,
      photos: [{ fileID, checking: true }],
    })
    expect(minutes.absentees).toEqual(
      expect.arrayContaining([expect.objectContaining({ nickname: '高志远', reason: '因公出差' })]),
    )
    const check = openapiOutbox().find(
      (entry) =>
        entry.api === 'security.mediaCheckAsync' &&
        String(entry.params.mediaUrl).includes('test-photo'),
    )
    expect(check?.params).toMatchObject({ mediaType: 2, version: 2, openid: 'o_demo_committee' })

    const stale = await call('secretary', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary: '另一个人基于旧版本修改的纪要内容。',
      resolutions: [],
      photos: [],
    })
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' })
    const asMember = await callOk<MeetingDetail>('member', 'meeting', {
      action: 'getMeeting',
      meetingId: meeting.id,
    })
    expect(asMember.minutes?.summary).toContain('志愿服务')
    expect(asMember.minutes?.photos).toEqual([])
  })

  it('minutes are checked in full, not just their first 2 500 characters', async () => {
    const meeting = await schedule({}, -2 * HOUR)
    const before = storeContents().meetings
    // 2 900 clean characters, then a resolution the check refuses: past where one call would end.
    const summary = '会议研究了下月志愿服务的安排，明确了分工和时间节点。'
      .repeat(116)
      .slice(0, 2900)
    const risky = await call('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary,
      resolutions: ['发现有人参与赌博，需要处理'],
      photos: [],
    })
    expect(risky).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    expect(storeContents().meetings).toEqual(before)
    expectCheckedInPieces('赌博')
  })

  it('minutes whose absence note past char 2 500 needs a look are held from members, not published', async () => {
    const meeting = await schedule({}, -2 * HOUR)
    // A full 3 000-character summary and a resolution, then an absence note the check wants a look at.
    const summary = '会议传达了上级党组织的工作要求，讨论了本季度的学习计划。'
      .repeat(120)
      .slice(0, 3000)
    const saved = await callOk<MinutesView>('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary,
      resolutions: ['下月组织一次集中学习'],
      photos: [],
      absenceNotes: [{ memberId: 'o_demo_deputy', reason: '外出，同事说在做兼职日结' }],
    })
    expect(saved).toMatchObject({ held: true })
    const asMember = await callOk<MeetingDetail>('member', 'meeting', {
      action: 'getMeeting',
      meetingId: meeting.id,
    })
    expect(asMember).toMatchObject({ hasMinutes: true, minutes: null })
    expectCheckedInPieces('兼职日结')
  })

  it('refuses risky text and holds text that needs a look until a leader releases it', async () => {
    const meeting = await schedule({}, -2 * HOUR)
    const before = storeContents()
    const risky = await call('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary: '会上有人提到参与赌博的问题需要处理。',
      resolutions: [],
      photos: [],
    })
    expect(risky).toMatchObject({ ok: false, code: 'CONTENT_RISKY' })
    expect(storeContents().meetings).toEqual(before.meetings)

    await callOk('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary: '提醒党员警惕兼职日结类诈骗信息。',
      resolutions: [],
      photos: [],
    })
    const hidden = await callOk<MeetingDetail>('member', 'meeting', {
      action: 'getMeeting',
      meetingId: meeting.id,
    })
    expect(hidden).toMatchObject({ hasMinutes: true, minutes: null })
    expect(
      await call('committee', 'meeting', { action: 'releaseMinutes', meetingId: meeting.id }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await callOk('secretary', 'meeting', { action: 'releaseMinutes', meetingId: meeting.id })
    const shown = await callOk<MeetingDetail>('member', 'meeting', {
      action: 'getMeeting',
      meetingId: meeting.id,
    })
    expect(shown.minutes).toMatchObject({ held: false, summary: expect.stringContaining('诈骗') })
  })

  it('支委会 minutes are the committee’s; absence reasons show to members only for themselves', async () => {
    const sitting = await schedule(
      {
        kind: 'committee',
        title: '保密测试支委会',
        expected: ['o_demo_secretary', 'o_demo_committee'],
      },
      -2 * HOUR,
    )
    await callOk('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: sitting.id,
      version: 0,
      summary: '研究了发展对象的考察意见，形成一致意见。',
      resolutions: ['同意列为发展对象'],
      photos: [],
    })
    const byMember = await callOk<MeetingDetail>('member', 'meeting', {
      action: 'getMeeting',
      meetingId: sitting.id,
    })
    expect(byMember).toMatchObject({ minutes: null, minutesRestricted: true })
    const byCommittee = await callOk<MeetingDetail>('committee', 'meeting', {
      action: 'getMeeting',
      meetingId: sitting.id,
    })
    expect(byCommittee.minutes?.summary).toContain('发展对象')
    expect(byCommittee.minutesRestricted).toBe(false)

    // The demo 党员大会: one member was on approved leave (在外地出差).
    const reasonsAs = async (who: Who) =>
      (
        await callOk<MeetingDetail>(who, 'meeting', {
          action: 'getMeeting',
          meetingId: 'meeting-demo-b1-congress-past',
        })
      ).minutes?.absentees.map((person) => person.reason) ?? []
    expect(await reasonsAs('secretary')).toContain('请假：在外地出差')
    expect((await reasonsAs('member')).filter(Boolean)).toEqual([])
  })

  it('a member who is not the recorder cannot write minutes', async () => {
    const meeting = await schedule({}, -2 * HOUR)
    const before = storeContents()
    const reply = await call('member', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary: '成员擅自填写的会议纪要内容。',
      resolutions: [],
      photos: [],
    })
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })
})

describe('台账 export', () => {
  it('writes a Word and an Excel file of the period that open and name each meeting', async () => {
    const meeting = await schedule({ title: '导出测试支委会' }, -2 * HOUR)
    await callOk('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary: '会议讨论了台账导出的测试内容。',
      resolutions: ['测试决议一'],
      photos: [],
    })
    const today = new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 10)
    const exported = await callOk<LedgerExport>('secretary', 'meeting', {
      action: 'exportLedger',
      orgId: BRANCH,
      from: '2026-01-01',
      to: today,
    })
    expect(exported.meetingCount).toBeGreaterThanOrEqual(2)
    expect(exported.docx.url).toContain('/__local/storage/')

    const docx = (await cloud.downloadFile({ fileID: exported.docx.fileID })) as {
      fileContent: Buffer
    }
    const zip = await JSZip.loadAsync(docx.fileContent)
    const xml = await zip.file('word/document.xml')?.async('string')
    expect(xml).toContain('导出测试支委会')
    expect(xml).toContain('测试决议一')

    const xlsx = (await cloud.downloadFile({ fileID: exported.xlsx.fileID })) as {
      fileContent: Buffer
    }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.fileContent as unknown as ArrayBuffer)
    const titles = workbook.getWorksheet('会议台账')?.getColumn('C').values ?? []
    expect(titles).toContain('导出测试支委会')
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'meeting.exportLedger', orgId: BRANCH }),
      ]),
    )
  })

  it('records only what took place: attendees and signature lines for a held meeting, 已取消 without attendance, nothing for one still to come', async () => {
    const held = await schedule({ title: '台账已召开的党员大会' }, -2 * HOUR)
    await callOk('secretary', 'meeting', {
      action: 'proxySignIn',
      meetingId: held.id,
      memberId: 'o_demo_07',
      reason: '本人到会，不会使用手机',
    })
    const cancelled = await schedule({ title: '台账已取消的党员大会' }, 2 * HOUR)
    await callOk('secretary', 'meeting', {
      action: 'cancelMeeting',
      meetingId: cancelled.id,
      reason: '与上级会议时间冲突',
    })
    await schedule({ title: '台账还没开的党员大会' }, 3 * HOUR)
    const day = (offset: number) =>
      new Date(Date.now() + 8 * HOUR + offset).toISOString().slice(0, 10)
    const exported = await callOk<LedgerExport>('secretary', 'meeting', {
      action: 'exportLedger',
      orgId: BRANCH,
      from: day(-30 * 24 * HOUR),
      to: day(2 * 24 * HOUR),
    })
    const docx = (await cloud.downloadFile({ fileID: exported.docx.fileID })) as {
      fileContent: Buffer
    }
    const xml =
      (await (
        await JSZip.loadAsync(docx.fileContent)
      )
        .file('word/document.xml')
        ?.async('string')) ?? ''
    expect(xml).toContain('台账已召开的党员大会')
    expect(xml).toContain('主持人（签字）')
    expect(xml).toContain('出席人员')
    expect(xml).toContain('<w:cantSplit/>')
    expect(xml).not.toContain('台账还没开的党员大会')

    const xlsx = (await cloud.downloadFile({ fileID: exported.xlsx.fileID })) as {
      fileContent: Buffer
    }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.fileContent as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('会议台账')
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 })
    // A loaded workbook has no column keys: find each column by its header.
    const headers = (sheet?.getRow(1).values ?? []) as unknown[]
    const column = (header: string) => headers.indexOf(header)
    const shown = {
      status: '状态',
      expected: '应到',
      quorum: '到会情况',
      attendees: '出席人员',
      absentees: '缺席人员及原因',
    }
    const rowOf = (title: string) => {
      let found: Record<string, unknown> | undefined
      sheet?.eachRow((row) => {
        if (row.getCell(column('会议名称')).value !== title) return
        found = Object.fromEntries(
          Object.entries(shown).map(([key, header]) => [key, row.getCell(column(header)).value]),
        )
      })
      return found
    }
    expect(rowOf('台账还没开的党员大会')).toBeUndefined()
    expect(rowOf('台账已取消的党员大会')).toEqual({
      status: '已取消：与上级会议时间冲突',
      expected: '',
      quorum: '',
      attendees: '',
      absentees: '',
    })
    expect(rowOf('台账已召开的党员大会')).toMatchObject({ status: '已召开' })
    expect(String(rowOf('台账已召开的党员大会')?.quorum)).toContain('正式党员')
    const signIns: string[] = []
    workbook.getWorksheet('签到明细')?.eachRow((row) => {
      signIns.push(String(row.getCell(2).value))
    })
    expect(signIns).toContain('台账已召开的党员大会')
    expect(signIns).not.toContain('台账已取消的党员大会')
  })

  it('is for the secretary and deputy only', async () => {
    const reply = await call('committee', 'meeting', {
      action: 'exportLedger',
      orgId: BRANCH,
      from: '2026-01-01',
      to: '2026-03-31',
    })
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

describe('completeness meter', () => {
  it('counts held meetings against the default rhythm and a rhythm the secretary sets', async () => {
    const now = new Date(Date.now() + 8 * HOUR)
    const year = now.getUTCFullYear()
    const quarter = Math.floor(now.getUTCMonth() / 3) + 1
    const before = await callOk<Completeness>('member', 'meeting', {
      action: 'getCompleteness',
      orgId: BRANCH,
    })
    expect(before).toMatchObject({ year, quarter, customRhythm: false, required: 11 })
    const committee = before.items.find((item) => item.kind === 'committee')
    expect(committee?.required).toBe(3)

    expect(
      await call('committee', 'meeting', {
        action: 'setRhythm',
        orgId: BRANCH,
        rhythm: { congress: 1, committee: 3, group: 3, lecture: 2, themeDay: 3 },
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const after = await callOk<Completeness>('secretary', 'meeting', {
      action: 'setRhythm',
      orgId: BRANCH,
      rhythm: { congress: 1, committee: 3, group: 0, lecture: 2, themeDay: 3 },
    })
    expect(after).toMatchObject({ customRhythm: true, required: 9 })
    expect(storedMeeting('meeting-demo-b1-congress-past')).toBeDefined()
    const org = storeContents().orgs.find((row) => (row as { _id?: string })._id === BRANCH) as {
      rhythm?: unknown
    }
    expect(org.rhythm).toEqual({ congress: 1, committee: 3, group: 0, lecture: 2, themeDay: 3 })
    expect(
      await call('secretary', 'meeting', {
        action: 'setRhythm',
        orgId: BRANCH,
        rhythm: { congress: 1, committee: 3, group: 0, lecture: 2 },
      }),
    ).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
  })
})

describe('what the meter counts as held', () => {
  it('a 支委会 counts once someone attended and its minutes are recorded, not when it merely ended', async () => {
    const startsIn = -61 * MINUTE
    const start = new Date(Date.now() + startsIn + 8 * HOUR)
    const period = {
      orgId: BRANCH,
      year: start.getUTCFullYear(),
      quarter: Math.floor(start.getUTCMonth() / 3) + 1,
    }
    const heldCommittee = async () =>
      (
        await callOk<Completeness>('member', 'meeting', { action: 'getCompleteness', ...period })
      ).items.find((item) => item.kind === 'committee')?.held
    const before = await heldCommittee()
    const meeting = await schedule(
      {
        kind: 'committee',
        title: '月度支委会',
        expected: ['o_demo_secretary', 'o_demo_committee'],
      },
      startsIn,
    )
    // Ended a minute ago, nobody signed in: not held.
    expect(await heldCommittee()).toBe(before)
    await callOk('secretary', 'meeting', {
      action: 'proxySignIn',
      meetingId: meeting.id,
      memberId: 'o_demo_committee',
      reason: '本人到会，手机没电',
    })
    // Attended, but a 支委会's record is its minutes: still not held.
    expect(await heldCommittee()).toBe(before)
    await callOk('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: meeting.id,
      version: 0,
      summary: '研究了本月党员发展和志愿服务安排。',
      resolutions: ['本月开展一次志愿服务'],
      photos: [],
    })
    expect(await heldCommittee()).toBe((before ?? 0) + 1)
    // A second 支委会 in the same month adds nothing: the rhythm asks for one a month.
    const again = await schedule(
      {
        kind: 'committee',
        title: '临时支委会',
        expected: ['o_demo_secretary', 'o_demo_committee'],
      },
      startsIn,
    )
    await callOk('secretary', 'meeting', {
      action: 'proxySignIn',
      meetingId: again.id,
      memberId: 'o_demo_committee',
      reason: '本人到会，手机没电',
    })
    await callOk('committee', 'meeting', {
      action: 'recordMinutes',
      meetingId: again.id,
      version: 0,
      summary: '研究了临时事项，明确了责任人和完成时间。',
      resolutions: ['按计划推进'],
      photos: [],
    })
    expect(await heldCommittee()).toBe((before ?? 0) + 1)
  })
})

describe('the group card', () => {
  it('shares an updatable card with the activityId WeChat gives', async () => {
    const meeting = await schedule()
    const card = await callOk<ShareCard>('secretary', 'meeting', {
      action: 'shareCard',
      meetingId: meeting.id,
    })
    expect(card).toMatchObject({
      activityId: expect.stringMatching(/^local_activity_/),
      path: `/packages/meeting/detail/index?id=${meeting.id}`,
    })
    expect(openapiOutbox().some((entry) => entry.api === 'updatableMessage.createActivityId')).toBe(
      true,
    )
  })

  it('updates the card as people sign in when there is an activityId', async () => {
    // This double gives a known id and passes every other call, recorded, to the emulator's outbox.
    const openapi = cloud.openapi as unknown as Record<
      string,
      Record<string, (p: object) => unknown>
    >
    const real = openapi.updatableMessage
    const realCreate = real.createActivityId
    Object.defineProperty(cloud, 'openapi', {
      configurable: true,
      writable: true,
      value: new Proxy(openapi, {
        get: (target, namespace) =>
          namespace === 'updatableMessage'
            ? new Proxy(real, {
                get: (inner, api) =>
                  api === 'createActivityId'
                    ? async (params: object) => ({
                        ...((await realCreate(params)) as object),
                        activityId: 'local-activity-1',
                        expirationTime: Math.floor(Date.now() / 1000) + 86400,
                      })
                    : inner[api as string],
              })
            : target[namespace as string],
      }),
    })
    try {
      const meeting = await schedule()
      const { code } = await codeFor(meeting.id)
      const card = await callOk<ShareCard>('secretary', 'meeting', {
        action: 'shareCard',
        meetingId: meeting.id,
      })
      expect(card.activityId).toBe('local-activity-1')
      await callOk('member', 'meeting', { action: 'signIn', meetingId: meeting.id, code })
      const updates = openapiOutbox().filter(
        (entry) =>
          entry.api === 'updatableMessage.setUpdatableMsg' &&
          entry.params.activityId === 'local-activity-1',
      )
      expect(updates.length).toBeGreaterThanOrEqual(1)
      expect(updates.at(-1)?.params).toMatchObject({
        targetState: 0,
        templateInfo: {
          parameterList: [
            { name: 'member_count', value: '1' },
            { name: 'room_limit', value: '13' },
          ],
        },
      })

      // The host's code screen refreshes every few seconds; a count that did not change is not sent.
      for (let refresh = 0; refresh < 3; refresh++) {
        await cloud
          .database()
          .collection('meetings')
          .doc(meeting.id)
          .update({ data: { shareSyncedAt: new Date(0) } })
        await callOk('secretary', 'meeting', { action: 'getSignInCode', meetingId: meeting.id })
      }
      const after = openapiOutbox().filter(
        (entry) =>
          entry.api === 'updatableMessage.setUpdatableMsg' &&
          entry.params.activityId === 'local-activity-1',
      )
      expect(after).toHaveLength(updates.length)
    } finally {
      Object.defineProperty(cloud, 'openapi', {
        configurable: true,
        writable: true,
        value: openapi,
      })
    }
  })
})

describe('reminders', () => {
  it('reminds expected members with a credit once, from the timer only', async () => {
    const tick = () =>
      callFunctionAs('cron', { Type: 'Timer' }, { openid: '', source: 'wx_trigger' })
    // Earlier tests left meetings due for a reminder: send theirs first, while nobody has a credit.
    await tick()
    const meeting = await schedule({ title: '提醒测试会' }, 3 * HOUR)
    await callOk('member', 'user', { action: 'recordSubscriptions', accepted: ['meetingReminder'] })
    const sendsFor = () =>
      openapiOutbox().filter(
        (entry) =>
          entry.api === 'subscribeMessage.send' && String(entry.params.page).includes(meeting.id),
      )
    await tick()
    await tick()
    expect(sendsFor()).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({
          touser: 'o_demo_member',
          templateId: 'local_template_meetingReminder',
          page: `packages/meeting/detail/index?id=${meeting.id}`,
        }),
      }),
    ])
    expect(
      storeContents().meetings.find((row) => (row as { _id?: string })._id === meeting.id),
    ).toMatchObject({
      reminded: true,
    })
  })
})

describe('identity', () => {
  it('ignores an openid in the payload', async () => {
    const meeting = await schedule()
    const { code } = await codeFor(meeting.id)
    await callOk('committee', 'meeting', {
      action: 'signIn',
      meetingId: meeting.id,
      code,
      openid: 'o_demo_member',
    })
    expect(attendanceRows(meeting.id).map((row) => row.openid)).toEqual(['o_demo_committee'])
  })
})
