import { randomBytes } from 'node:crypto'
import { peopleOf } from '../../emulator/demo/facts'
import { DEMO_MEMBERS } from '../../emulator/demo/org-tree'
import { gatewayClient, startGateway, type RunningGateway } from '../helpers/gateway'

/**
 * Bursts through the gateway on 127.0.0.1, bounded in count and time: many people tapping at once and
 * tapping again (retries, double taps). Each burst proves exactly-once and prints its latency.
 */
jest.setTimeout(120_000)

type Client = Awaited<ReturnType<typeof gatewayClient>>
let gateway: RunningGateway
const branch1 = DEMO_MEMBERS.filter((member) => member.orgId === 'org-branch-1')
const reports: string[] = []

beforeAll(async () => {
  gateway = await startGateway()
})

afterAll(async () => {
  await gateway?.stop()
  process.stdout.write(`${reports.join('\n')}\n`)
})

async function clientsFor(openids: string[]): Promise<Client[]> {
  return Promise.all(openids.map((openid) => gatewayClient(gateway.url, openid)))
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
}

/** Fires every call at once; returns the replies and prints count, violations and p50/p95. */
async function burst<T>(
  name: string,
  calls: (() => Promise<T>)[],
  violations: (replies: T[]) => Promise<number> | number,
) {
  const times: number[] = []
  const replies = await Promise.all(
    calls.map(async (call) => {
      const started = performance.now()
      const reply = await call()
      times.push(performance.now() - started)
      return reply
    }),
  )
  times.sort((a, b) => a - b)
  const broken = await violations(replies)
  reports.push(
    `burst ${name}: ${calls.length} requests, ${broken} exactly-once violations, ` +
      `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`,
  )
  return { replies, broken }
}

const taps = <T>(times: number, clients: Client[], call: (client: Client) => Promise<T>) =>
  clients.flatMap((client) => Array.from({ length: times }, () => () => call(client)))

describe('bursts through the gateway', () => {
  it('sign-ins: everyone taps three times at once → one attendance row each', async () => {
    const [secretary] = await clientsFor(['o_demo_secretary'])
    const now = Date.now()
    const created = await secretary.call('meeting', {
      action: 'createMeeting',
      orgId: 'org-branch-1',
      requestId: randomBytes(8).toString('hex'),
      kind: 'congress',
      title: '压力测试党员大会',
      agenda: '签到压力测试',
      startsAt: new Date(now - 5 * 60_000).toISOString(),
      endsAt: new Date(now + 55 * 60_000).toISOString(),
      place: '会议室',
      hostId: 'o_demo_secretary',
      recorderId: 'o_demo_committee',
    })
    const meetingId = created.body.result.data.id
    // A 党员大会 expects the 党员 (not the branch's 入党积极分子 or 群众).
    const expected = peopleOf('org-branch-1')
    const members = await clientsFor(expected)
    const code = (await secretary.call('meeting', { action: 'getSignInCode', meetingId })).body
      .result.data.code
    const { broken } = await burst(
      'sign-in',
      taps(3, members, (client) => client.call('meeting', { action: 'signIn', meetingId, code })),
      async () => {
        const detail = await secretary.call('meeting', { action: 'getMeeting', meetingId })
        return Math.abs(detail.body.result.data.attendedCount - expected.length)
      },
    )
    expect(broken).toBe(0)
  })

  // Regression: a double tap used to take a second seat and give it back, refusing others meanwhile.
  it('sign-ups at capacity: exactly the capacity, and a double tap never costs someone else a free seat', async () => {
    const [secretary] = await clientsFor(['o_demo_secretary'])
    const now = Date.now()
    const published = await secretary.call('activity', {
      action: 'createActivity',
      orgId: 'org-branch-1',
      kind: 'volunteer',
      title: '压力测试志愿服务',
      place: '社区广场',
      startsAt: new Date(now + 2 * 86_400_000).toISOString(),
      endsAt: new Date(now + 2 * 86_400_000 + 7_200_000).toISOString(),
      signUpBy: new Date(now + 86_400_000).toISOString(),
      capacity: 3,
    })
    const activityId = published.body.result.data.id
    const members = await clientsFor(branch1.map((member) => member.openid))
    const calls = members.flatMap((client, index) =>
      [1, 2].map(() => async () => ({
        who: branch1[index].openid,
        result: (
          await client.call('activity', { action: 'signUp', orgId: 'org-branch-1', activityId })
        ).body.result,
      })),
    )
    const { replies, broken } = await burst('sign-up at capacity 3', calls, async (all) => {
      const detail = await secretary.call('activity', {
        action: 'getActivity',
        orgId: 'org-branch-1',
        activityId,
      })
      const winners = new Set(all.filter((reply) => reply.result.ok).map((reply) => reply.who))
      return Math.abs(detail.body.result.data.signedUp - 3) + Math.abs(winners.size - 3)
    })
    const refused = replies.filter((reply) => !reply.result.ok)
    expect(refused.every((reply) => reply.result.code === 'CONFLICT')).toBe(true)
    expect(broken).toBe(0)
  })

  it('issue submissions retried three times at once → one case each', async () => {
    const people = branch1.slice(0, 8)
    const clients = await clientsFor(people.map((member) => member.openid))
    const { broken } = await burst(
      'issue submit with retries',
      clients.flatMap((client, index) => {
        const requestId = `burst-${index}-${randomBytes(6).toString('hex')}`
        return Array.from(
          { length: 3 },
          () => () =>
            client.call('issue', {
              action: 'submit',
              requestId,
              orgId: 'org-branch-1',
              category: 'environment',
              body: `楼道灯坏了很久了，第${index}栋`,
              contact: 'in_app',
              anonymous: false,
            }),
        )
      }),
      async () => {
        const mine = await Promise.all(
          clients.map((client) => client.call('issue', { action: 'listMine' })),
        )
        return mine.reduce(
          (sum, reply) =>
            sum +
            Math.abs(
              reply.body.result.data.items.filter((item: { excerpt: string }) =>
                item.excerpt.includes('楼道灯坏了很久了'),
              ).length - 1,
            ),
          0,
        )
      },
    )
    expect(broken).toBe(0)
  })

  it('notice reads: everyone opens it five times at once → one receipt each', async () => {
    const [secretary] = await clientsFor(['o_demo_secretary'])
    const notice = await secretary.call('notice', {
      action: 'publishNotice',
      orgId: 'org-branch-1',
      title: '压力测试通知',
      body: '请签阅。',
      scope: 'org',
    })
    const noticeId = notice.body.result.data.id
    const members = await clientsFor(branch1.map((member) => member.openid))
    const { broken } = await burst(
      'notice reads',
      taps(5, members, (client) =>
        client.call('notice', { action: 'openNotice', orgId: 'org-branch-1', noticeId }),
      ),
      async () => {
        const report = await secretary.call('notice', {
          action: 'readReport',
          orgId: 'org-branch-1',
          noticeId,
        })
        return Math.abs(report.body.result.data.read - branch1.length)
      },
    )
    expect(broken).toBe(0)
  })
})
