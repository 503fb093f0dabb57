import { randomBytes } from 'node:crypto'
import { addAll } from '../../emulator/demo/seed-db'
import { cloud } from '../../emulator/local-cloud'
import { call, callOk, seedDemo, storeContents } from '../../test/helpers/cloud'
import type { MeetingDetail, SignInResult } from '../../types/meeting'
import type { SignInCodeView } from '../../types/signin'

/**
 * 300 people sign in to one meeting within the same instant, each tapping twice: exactly 300 rows.
 * In-process against the emulator with 300 distinct identities (the gateway's login only knows the
 * five demo people; test/gateway/signin-burst.test.ts bursts through HTTP with those).
 */
const PEOPLE = 300
const BRANCH = 'org-branch-1'

beforeAll(async () => {
  await seedDemo()
  const db = cloud.database()
  const openids = Array.from({ length: PEOPLE }, (_, n) => `o_burst_${String(n).padStart(3, '0')}`)
  await addAll(
    db,
    'users',
    openids.map((openid, n) => ({ _id: openid, nickname: `党员${n + 1}`, avatarUrl: '' })),
  )
  await addAll(
    db,
    'memberships',
    openids.map((openid) => ({
      _id: `${BRANCH}_${openid}`,
      orgId: BRANCH,
      openid,
      role: 'member',
      status: 'active',
      via: 'seed',
      joinedAt: new Date(),
    })),
  )
})

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

it('300 people, each tapping twice at once, make exactly 300 attendance rows', async () => {
  const start = Date.now() + 5 * 60 * 1000
  const meeting = await callOk<MeetingDetail>('secretary', 'meeting', {
    action: 'createMeeting',
    orgId: BRANCH,
    requestId: randomBytes(8).toString('hex'),
    kind: 'congress',
    title: '演示大会',
    agenda: '全体党员大会',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * 3600 * 1000).toISOString(),
    place: '社区礼堂',
    hostId: 'o_demo_secretary',
    recorderId: 'o_demo_committee',
  })
  const burst = meeting.roster?.filter((entry) => entry.openid.startsWith('o_burst_')) ?? []
  expect(burst).toHaveLength(PEOPLE)
  const { code } = await callOk<SignInCodeView>('secretary', 'meeting', {
    action: 'getSignInCode',
    meetingId: meeting.id,
  })

  const taps = burst.flatMap((entry) => [entry.openid, entry.openid])
  const latencies: number[] = []
  const replies = await Promise.all(
    taps.map(async (openid) => {
      const started = process.hrtime.bigint()
      const reply = await call<SignInResult>({ openid }, 'meeting', {
        action: 'signIn',
        meetingId: meeting.id,
        code,
      })
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6)
      return { openid, reply }
    }),
  )

  const rows = storeContents().attendance.filter(
    (row) => (row as { meetingId?: string }).meetingId === meeting.id,
  ) as unknown as { _id: string; openid: string; status: string }[]
  const firstTimes = new Map<string, number>()
  for (const { openid, reply } of replies) {
    if (reply.ok && !reply.data.already) firstTimes.set(openid, (firstTimes.get(openid) ?? 0) + 1)
  }
  const violations =
    Math.abs(rows.length - PEOPLE) +
    [...firstTimes.values()].filter((count) => count !== 1).length +
    (PEOPLE - firstTimes.size)
  const sorted = [...latencies].sort((a, b) => a - b)
  process.stdout.write(
    `sign-in burst (in-process): ${taps.length} requests from ${PEOPLE} people, ` +
      `${replies.filter(({ reply }) => reply.ok).length} ok, ${rows.length} rows, ` +
      `exactly-once violations ${violations}, ` +
      `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms\n`,
  )

  expect(replies.every(({ reply }) => reply.ok)).toBe(true)
  expect(rows).toHaveLength(PEOPLE)
  expect(new Set(rows.map((row) => row._id)).size).toBe(PEOPLE)
  expect(
    rows.every((row) => row.status === 'present' && row._id === `${meeting.id}_${row.openid}`),
  ).toBe(true)
  expect(violations).toBe(0)
  const detail = await callOk<MeetingDetail>('secretary', 'meeting', {
    action: 'getMeeting',
    meetingId: meeting.id,
  })
  expect(detail.counts.attended).toBe(PEOPLE)
})
