import { randomBytes } from 'node:crypto'
import { gatewayClient, startGateway, type RunningGateway } from '../helpers/gateway'
import type { DemoIdentityKey } from '../../emulator/demo/identities'
import type { MeetingDetail } from '../../types/meeting'
import type { SignInCodeView } from '../../types/signin'

jest.setTimeout(90_000)

/**
 * A sign-in burst through the real gateway (HTTP → built function bundle → durable store): the five
 * demo people tap "签到" 60 times each, all at once. The four who belong to 第一党支部 (or are an
 * admin above it) get exactly one row each; the resident gets none. The 300-distinct-people burst runs
 * in-process in cloudfunctions/meeting/signin-burst.test.ts, since the gateway only logs in demo people.
 */
const TAPS_EACH = 60
const PEOPLE: DemoIdentityKey[] = ['secretary', 'committee', 'member', 'admin', 'resident']

let gateway: RunningGateway

beforeAll(async () => {
  gateway = await startGateway()
})

afterAll(async () => {
  await gateway?.stop()
})

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

it('300 concurrent sign-ins through the gateway leave exactly one row per person', async () => {
  const clients = Object.fromEntries(
    await Promise.all(PEOPLE.map(async (key) => [key, await gatewayClient(gateway.url, key)])),
  ) as Record<DemoIdentityKey, Awaited<ReturnType<typeof gatewayClient>>>
  const start = Date.now() + 5 * 60 * 1000
  const created = await clients.secretary.call('meeting', {
    action: 'createMeeting',
    orgId: 'org-branch-1',
    requestId: randomBytes(8).toString('hex'),
    kind: 'congress',
    title: '网关签到压测大会',
    agenda: '全体党员大会',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3600 * 1000).toISOString(),
    place: '社区礼堂',
    hostId: 'o_demo_secretary',
    recorderId: 'o_demo_committee',
  })
  expect(created.body.result).toMatchObject({ ok: true })
  const meetingId = (created.body.result.data as MeetingDetail).id
  const codeReply = await clients.secretary.call('meeting', { action: 'getSignInCode', meetingId })
  const { code } = codeReply.body.result.data as SignInCodeView

  const latencies: number[] = []
  const replies = await Promise.all(
    PEOPLE.flatMap((key) =>
      Array.from({ length: TAPS_EACH }, async () => {
        const started = process.hrtime.bigint()
        const { status, body } = await clients[key].call('meeting', {
          action: 'signIn',
          meetingId,
          code,
        })
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6)
        return { key, status, result: body.result }
      }),
    ),
  )

  const detail = (await clients.secretary.call('meeting', { action: 'getMeeting', meetingId })).body
    .result.data as MeetingDetail
  const signedIn = (detail.roster ?? []).filter((entry) => entry.attendance?.status === 'present')
  const firstTaps = (key: DemoIdentityKey) =>
    replies.filter((reply) => reply.key === key && reply.result?.ok && !reply.result.data.already)
      .length
  const members: DemoIdentityKey[] = ['secretary', 'committee', 'member', 'admin']
  const violations =
    members.filter((key) => firstTaps(key) !== 1).length +
    Math.abs(signedIn.length - members.length) +
    replies.filter((reply) => reply.key === 'resident' && reply.result?.ok).length
  const sorted = [...latencies].sort((a, b) => a - b)
  process.stdout.write(
    `sign-in burst (gateway): ${replies.length} requests from ${PEOPLE.length} people, ` +
      `${replies.filter((reply) => reply.result?.ok).length} ok, ${signedIn.length} rows, ` +
      `exactly-once violations ${violations}, ` +
      `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms\n`,
  )

  expect(replies.every((reply) => reply.status === 200)).toBe(true)
  for (const key of members) {
    expect(replies.filter((reply) => reply.key === key && reply.result?.ok)).toHaveLength(TAPS_EACH)
  }
  expect(
    replies.filter((reply) => reply.key === 'resident').map((reply) => reply.result.code),
  ).toEqual(Array(TAPS_EACH).fill('NOT_FOUND'))
  expect(signedIn.map((entry) => entry.nickname).sort()).toEqual(
    ['王建国', '李红梅', '张晓明', '陈志强'].sort(),
  )
  expect(violations).toBe(0)
})
