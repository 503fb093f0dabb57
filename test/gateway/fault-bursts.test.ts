import { randomBytes } from 'node:crypto'
import { DEMO_MEMBERS } from '../../emulator/demo/org-tree'
import { gatewayClient, startGateway } from '../helpers/gateway'

/**
 * SIGKILL the gateway in the middle of every kind of write burst at once — sign-ins, sign-ups, issue
 * submissions, notice reads — restart it on the same data, and find every acknowledged write.
 */
jest.setTimeout(120_000)

const branch1 = DEMO_MEMBERS.filter((member) => member.orgId === 'org-branch-1').map(
  (member) => member.openid,
)

type Client = Awaited<ReturnType<typeof gatewayClient>>

async function setUp(url: string) {
  const secretary = await gatewayClient(url, 'o_demo_secretary')
  const now = Date.now()
  const meeting = await secretary.call('meeting', {
    action: 'createMeeting',
    orgId: 'org-branch-1',
    requestId: randomBytes(8).toString('hex'),
    kind: 'congress',
    title: '断电测试党员大会',
    agenda: '签到',
    startsAt: new Date(now - 5 * 60_000).toISOString(),
    endsAt: new Date(now + 55 * 60_000).toISOString(),
    place: '会议室',
    hostId: 'o_demo_secretary',
    recorderId: 'o_demo_committee',
  })
  const activity = await secretary.call('activity', {
    action: 'createActivity',
    orgId: 'org-branch-1',
    kind: 'study',
    title: '断电测试学习交流',
    place: '活动室',
    startsAt: new Date(now + 2 * 86_400_000).toISOString(),
    endsAt: new Date(now + 2 * 86_400_000 + 3_600_000).toISOString(),
    signUpBy: new Date(now + 86_400_000).toISOString(),
    capacity: 100,
  })
  const notice = await secretary.call('notice', {
    action: 'publishNotice',
    orgId: 'org-branch-1',
    title: '断电测试通知',
    body: '请签阅。',
    scope: 'org',
  })
  const meetingId = meeting.body.result.data.id as string
  const code = (await secretary.call('meeting', { action: 'getSignInCode', meetingId })).body.result
    .data.code as string
  return {
    secretary,
    meetingId,
    code,
    activityId: activity.body.result.data.id as string,
    noticeId: notice.body.result.data.id as string,
  }
}

describe('the gateway killed during every kind of write burst', () => {
  it('keeps every acknowledged sign-in, sign-up, issue and read receipt', async () => {
    const gateway = await startGateway()
    const { meetingId, code, activityId, noticeId } = await setUp(gateway.url)
    const people = await Promise.all(branch1.map((openid) => gatewayClient(gateway.url, openid)))
    const acked = {
      signIn: new Set<string>(),
      signUp: new Set<string>(),
      issue: new Map<string, string>(),
      read: new Set<string>(),
    }

    // Each person runs one write of each kind; the kill lands while they are in flight.
    const writes = people.flatMap((client, index) => {
      const openid = branch1[index]
      const marker = `断电测试问题${index}-${randomBytes(3).toString('hex')}`
      const attempt = async (
        kind: string,
        run: (c: Client) => Promise<{ body: { result: { ok: boolean } } }>,
        onOk: () => void,
      ) => {
        try {
          const { body } = await run(client)
          if (body.result?.ok) onOk()
        } catch {
          // the connection died with the gateway: not acknowledged
        }
        return kind
      }
      return [
        attempt(
          'signIn',
          (c) => c.call('meeting', { action: 'signIn', meetingId, code }),
          () => acked.signIn.add(openid),
        ),
        attempt(
          'signUp',
          (c) => c.call('activity', { action: 'signUp', orgId: 'org-branch-1', activityId }),
          () => acked.signUp.add(openid),
        ),
        attempt(
          'issue',
          (c) =>
            c.call('issue', {
              action: 'submit',
              requestId: `fault-${index}-${randomBytes(4).toString('hex')}`,
              orgId: 'org-branch-1',
              category: 'environment',
              body: marker,
              contact: 'in_app',
              anonymous: false,
            }),
          () => acked.issue.set(openid, marker),
        ),
        attempt(
          'read',
          (c) => c.call('notice', { action: 'openNotice', orgId: 'org-branch-1', noticeId }),
          () => acked.read.add(openid),
        ),
      ]
    })
    const total = () => acked.signIn.size + acked.signUp.size + acked.issue.size + acked.read.size
    // Kill once some writes are acknowledged and others are still in flight.
    while (total() < writes.length / 4) await new Promise((resolve) => setTimeout(resolve, 2))
    await gateway.kill()
    await Promise.all(writes)

    const again = await startGateway(gateway.dataDir)
    try {
      const secretary = await gatewayClient(again.url, 'o_demo_secretary')
      const meeting = (await secretary.call('meeting', { action: 'getMeeting', meetingId })).body
      expect(meeting.result.ok).toBe(true)
      expect(meeting.result.data.attendedCount).toBeGreaterThanOrEqual(acked.signIn.size)
      const activity = (
        await secretary.call('activity', {
          action: 'getActivity',
          orgId: 'org-branch-1',
          activityId,
        })
      ).body.result.data
      const signedUp = new Set(activity.signups.map((row: { openid: string }) => row.openid))
      for (const openid of acked.signUp) expect(signedUp).toContain(openid)
      // A sign-up cut off between its seat and its row still holds the seat (never over capacity,
      // never fewer seats than people); the next sign-up that finds the activity full frees it.
      expect(activity.signedUp).toBeGreaterThanOrEqual(activity.signups.length)
      expect(activity.signedUp).toBeLessThanOrEqual(activity.capacity)
      const report = (
        await secretary.call('notice', { action: 'readReport', orgId: 'org-branch-1', noticeId })
      ).body.result.data
      expect(report.read).toBeGreaterThanOrEqual(acked.read.size)
      for (const [openid, marker] of acked.issue) {
        const mine = (
          await (await gatewayClient(again.url, openid)).call('issue', { action: 'listMine' })
        ).body.result.data.items as { excerpt: string }[]
        expect(mine.map((item) => item.excerpt)).toContain(marker)
      }
      expect(total()).toBeGreaterThan(0)
      process.stdout.write(
        `fault: killed mid-burst with ${acked.signIn.size} sign-ins, ${acked.signUp.size} sign-ups, ` +
          `${acked.issue.size} issues, ${acked.read.size} reads acknowledged of ${writes.length} — all present after restart\n`,
      )
    } finally {
      await again.stop()
    }
  })
})
