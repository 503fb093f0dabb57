import { cloud, localDatabase } from '../../emulator/local-cloud'
import { deliver, type InboxEntry } from './records/inbox'

const db = cloud.database()
const rowsFor = (openid: string) =>
  (localDatabase().dump().inbox ?? []).filter(
    (doc) => (doc as { openid: string }).openid === openid,
  )

const approved = (to: string): InboxEntry => ({
  to,
  kind: 'joinApproved',
  key: 'org-branch-1:1',
  title: '已批准加入',
  body: '第一党支部已批准你的入支部申请',
  link: 'pages/branch/index',
  orgId: 'org-branch-1',
})

describe('deliver', () => {
  it('a retried action puts its message in 消息 once', async () => {
    expect(await deliver(db, [approved('o_inbox_a')])).toBe(1)
    expect(await deliver(db, [approved('o_inbox_a')])).toBe(0)
    expect(rowsFor('o_inbox_a')).toEqual([
      expect.objectContaining({ kind: 'joinApproved', title: '已批准加入', readAt: null }),
    ])
  })

  it('the same event for two people is one row each, and a burst of retries still writes one', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => deliver(db, [approved('o_inbox_b'), approved('o_inbox_c')])),
    )
    expect(answers.reduce((sum, added) => sum + added, 0)).toBe(2)
    expect(rowsFor('o_inbox_b')).toHaveLength(1)
    expect(rowsFor('o_inbox_c')).toHaveLength(1)
  })

  it('a long body is cut to a short line, and an entry without a person is skipped', async () => {
    const long = { ...approved('o_inbox_d'), key: 'long', body: '很长的内容'.repeat(60) }
    expect(await deliver(db, [long, { ...long, to: '' }])).toBe(1)
    const [row] = rowsFor('o_inbox_d') as { body: string }[]
    expect(row.body.length).toBeLessThanOrEqual(140)
    expect(row.body.endsWith('…')).toBe(true)
  })
})
