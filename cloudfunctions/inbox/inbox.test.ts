import { cloud } from '../../emulator/local-cloud'
import { as, replyAs } from '../../test/helpers/client'
import { call, storeContents } from '../../test/helpers/cloud'
import { deliver, inboxId, type InboxEntry } from '../_shared/records/inbox'
import { INBOX_PAGE_SIZE } from '../../types/inbox'

const db = cloud.database()
const MINE = 'o_inbox_reader'
const OTHER = 'o_inbox_other'

const entry = (to: string, key: string, at: number): [InboxEntry, Date] => [
  {
    to,
    kind: 'issueReplied',
    key,
    title: '诉求已答复',
    body: `第 ${key} 件诉求已答复，请查看并确认`,
    link: `packages/issue/detail/index?id=is_${key}`,
    orgId: 'org-branch-1',
  },
  new Date(Date.UTC(2026, 10, 1) + at * 60_000),
]

beforeAll(async () => {
  for (let n = 0; n < INBOX_PAGE_SIZE + 3; n++) {
    const [message, at] = entry(MINE, String(n), n)
    await deliver(db, [message], at)
  }
  const [theirs, at] = entry(OTHER, 'theirs', 0)
  await deliver(db, [theirs], at)
})

const me = { openid: MINE }
const other = { openid: OTHER }

describe('消息', () => {
  it('a person finds their own messages newest first, a page at a time, in one round trip', async () => {
    const first = await replyAs(me).inbox.listMine({})
    if (!first.ok) throw new Error(first.message)
    expect(first.roundTrips).toBe(1)
    expect(first.data.items).toHaveLength(INBOX_PAGE_SIZE)
    expect(first.data.items[0]).toMatchObject({
      title: '诉求已答复',
      body: `第 ${INBOX_PAGE_SIZE + 2} 件诉求已答复，请查看并确认`,
      read: false,
    })
    expect(first.data.nextPage).toBe(1)
    const second = await as(me).inbox.listMine({ page: 1 })
    expect(second.items.map((item) => item.body)).toEqual([
      '第 2 件诉求已答复，请查看并确认',
      '第 1 件诉求已答复，请查看并确认',
      '第 0 件诉求已答复，请查看并确认',
    ])
    expect(second.nextPage).toBeNull()
    const all = [...first.data.items, ...second.items]
    expect(all.some((item) => item.body.includes('theirs'))).toBe(false)
  })

  it('the unread count goes down as a person reads, and 全部标为已读 clears it', async () => {
    expect(await as(me).inbox.countUnread({})).toEqual({ unread: INBOX_PAGE_SIZE + 3 })
    const ids = [inboxId(MINE, 'issueReplied', '0'), inboxId(MINE, 'issueReplied', '1')]
    expect(await as(me).inbox.markRead({ ids })).toEqual({ marked: 2 })
    expect(await as(me).inbox.markRead({ ids })).toEqual({ marked: 0 })
    expect(await as(me).inbox.countUnread({})).toEqual({ unread: INBOX_PAGE_SIZE + 1 })
    const [last] = (await as(me).inbox.listMine({ page: 1 })).items.slice(-1)
    expect(last).toMatchObject({ body: '第 0 件诉求已答复，请查看并确认', read: true })

    expect(await as(me).inbox.markAllRead({})).toEqual({ marked: INBOX_PAGE_SIZE + 1 })
    expect(await as(me).inbox.countUnread({})).toEqual({ unread: 0 })
    expect(await as(other).inbox.countUnread({})).toEqual({ unread: 1 })
  })

  it("someone else's message id marks nothing and answers as a made-up one does", async () => {
    const theirs = inboxId(OTHER, 'issueReplied', 'theirs')
    const before = storeContents().inbox
    const forged = await replyAs(me).inbox.markRead({ ids: [theirs] })
    const madeUp = await replyAs(me).inbox.markRead({ ids: ['ib_made_up'] })
    expect(forged).toMatchObject({ ok: true, data: { marked: 0 } })
    expect(madeUp).toMatchObject({ ok: true, data: { marked: 0 } })
    expect(storeContents().inbox).toEqual(before)
    expect(await as(other).inbox.countUnread({})).toEqual({ unread: 1 })
  })

  it('without a WeChat identity nothing is read or marked; bad ids are refused', async () => {
    expect(await call('nobody', 'inbox', { action: 'listMine' })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
    expect(await call('nobody', 'inbox', { action: 'markAllRead' })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
    const before = storeContents().inbox
    expect(await call(me, 'inbox', { action: 'markRead', ids: ['$where'] })).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
    })
    expect(await call(me, 'inbox', { action: 'markRead', ids: [] })).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
    })
    expect(storeContents().inbox).toEqual(before)
  })
})
