// The local database through the real wx-server-sdk API: the SDK builds every request, the local
// engine answers, and the SDK's own post-processing produces what a cloud function sees.
import { roundTripsSoFar } from '../../emulator/context'
import { openLocalDatabase, type LocalDatabase } from '../../emulator/db'
import { call, failure, realSdkWith } from './real-sdk'

let local: LocalDatabase
const cloud = realSdkWith(() => local)
const db = cloud.database()
const _ = db.command
const $ = _.aggregate

type Row = Record<string, unknown>
/** The typings omit serverDate's options argument. */
const serverDate = db.serverDate as unknown as (options: { offset: number }) => unknown

beforeEach(() => {
  local = openLocalDatabase({ collections: ['items', 'orgs', 'members', 'accounts'] })
})

afterEach(() => local.close())

async function seed(coll: string, docs: Row[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 200) {
    await call(db.collection(coll).add({ data: docs.slice(i, i + 200) }))
  }
}

async function getDoc(coll: string, id: string): Promise<Row> {
  return (await call(db.collection(coll).doc(id).get())).data as Row
}

describe('add and get', () => {
  it('round-trips values and generates console-shaped ids', async () => {
    const joined = new Date('2024-03-01T08:00:00.000Z')
    const added = await call(
      db.collection('items').add({
        data: {
          title: '支部会议',
          n: 3,
          ratio: 0.5,
          joined,
          tags: ['a', 'b'],
          nested: { deep: { x: 1 } },
        },
      }),
    )
    expect(added._id).toMatch(/^[0-9a-f]{32}$/)
    const doc = await getDoc('items', String(added._id))
    expect(doc).toEqual({
      _id: added._id,
      title: '支部会议',
      n: 3,
      ratio: 0.5,
      joined,
      tags: ['a', 'b'],
      nested: { deep: { x: 1 } },
    })
    expect(doc.joined).toBeInstanceOf(Date)
  })

  it('keeps a given _id and returns the ids of a multi-document add', async () => {
    const res = (await call(
      db.collection('items').add({ data: [{ _id: 'x1' }, { _id: 'x2' }] }),
    )) as unknown as {
      _ids: string[]
    }
    expect(res._ids).toEqual(['x1', 'x2'])
    expect(local.dump().items.map((d) => (d as Row)._id)).toEqual(['x1', 'x2'])
  })

  it('rejects a duplicate _id with the server duplicate-key error', async () => {
    await call(db.collection('items').add({ data: { _id: 'same' } }))
    const err = await failure(db.collection('items').add({ data: { _id: 'same', v: 2 } }))
    expect(err.errCode).toBe(-502001)
    expect(err.message).toContain('E11000 duplicate key error')
    expect(await getDoc('items', 'same')).toEqual({ _id: 'same' })
  })
})

describe('queries', () => {
  beforeEach(() =>
    seed(
      'items',
      [1, 2, 3, 4, 5, 6].map((n) => ({
        _id: `i${n}`,
        n,
        name: n % 2 ? `Alpha-${n}` : `beta-${n}`,
        owner: n <= 3 ? 'o_a' : 'o_b',
        status: n === 6 ? 'closed' : 'open',
        profile: { city: n < 4 ? '北京' : '上海', level: n },
      })),
    ),
  )

  const ids = (res: { data: unknown[] }) => res.data.map((d) => (d as Row)._id)

  it('combines commands: gt().and(lte()), in, regexp', async () => {
    expect(
      ids(
        await call(
          db
            .collection('items')
            .where({ n: _.gt(1).and(_.lte(5)) })
            .get(),
        ),
      ),
    ).toEqual(['i2', 'i3', 'i4', 'i5'])
    expect(
      ids(
        await call(
          db
            .collection('items')
            .where({ n: _.in([1, 6, 9]) })
            .get(),
        ),
      ),
    ).toEqual(['i1', 'i6'])
    expect(
      ids(
        await call(
          db
            .collection('items')
            .where({ name: /^alpha/i })
            .get(),
        ),
      ),
    ).toEqual(['i1', 'i3', 'i5'])
    const sdkRegExp = db.RegExp({ regexp: '^BETA', options: 'i' })
    expect(ids(await call(db.collection('items').where({ name: sdkRegExp }).get()))).toEqual([
      'i2',
      'i4',
      'i6',
    ])
    expect(
      ids(
        await call(
          db
            .collection('items')
            .where(_.or([{ n: 1 }, { status: 'closed' }]))
            .get(),
        ),
      ),
    ).toEqual(['i1', 'i6'])
  })

  it('matches nested objects by their fields (the SDK flattens them to dotted paths)', async () => {
    const res = await call(
      db
        .collection('items')
        .where({ profile: { city: '上海' } })
        .get(),
    )
    expect(ids(res)).toEqual(['i4', 'i5', 'i6'])
  })

  it('drops keys whose value is undefined, as the SDK does: the filter silently disappears', async () => {
    const res = await call(db.collection('items').where({ owner: undefined, status: 'open' }).get())
    expect(ids(res)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5'])
  })

  it('orders by several fields, projects and counts', async () => {
    const res = await call(
      db.collection('items').orderBy('owner', 'desc').orderBy('n', 'asc').field({ n: true }).get(),
    )
    expect(res.data).toEqual([
      { _id: 'i4', n: 4 },
      { _id: 'i5', n: 5 },
      { _id: 'i6', n: 6 },
      { _id: 'i1', n: 1 },
      { _id: 'i2', n: 2 },
      { _id: 'i3', n: 3 },
    ])
    const count = await call(db.collection('items').where({ owner: 'o_b' }).count())
    expect(count.total).toBe(3)
  })

  it('queries dates and resolves serverDate on the server clock', async () => {
    const before = Date.now()
    await call(
      db
        .collection('items')
        .doc('i1')
        .update({ data: { at: db.serverDate(), later: serverDate({ offset: 60_000 }) } }),
    )
    const doc = await getDoc('items', 'i1')
    const at = (doc.at as Date).getTime()
    expect(at).toBeGreaterThanOrEqual(before)
    expect(at).toBeLessThanOrEqual(Date.now())
    expect((doc.later as Date).getTime() - at).toBe(60_000)
    const found = await call(
      db
        .collection('items')
        .where({ at: _.gte(new Date(before)) })
        .get(),
    )
    expect(ids(found)).toEqual(['i1'])
  })
})

describe('limits', () => {
  beforeEach(() =>
    seed(
      'members',
      Array.from({ length: 1100 }, (_x, i) => ({ _id: `m${i}`, i })),
    ),
  )

  it('defaults to 100, caps at 1000, pages with skip', async () => {
    expect((await call(db.collection('members').get())).data).toHaveLength(100)
    expect((await call(db.collection('members').limit(5000).get())).data).toHaveLength(1000)
    const page = await call(
      db.collection('members').orderBy('i', 'desc').skip(1050).limit(100).get(),
    )
    expect(page.data).toHaveLength(50)
    expect((page.data[0] as Row).i).toBe(49)
    expect((await call(db.collection('members').count())).total).toBe(1100)
  })
})

describe('updates', () => {
  beforeEach(() =>
    call(
      db.collection('items').add({
        data: {
          _id: 'u',
          title: 't',
          profile: { city: '北京', phone: '138****0000' },
          tags: ['x'],
          n: 1,
          tmp: true,
        },
      }),
    ),
  )

  it('updates nested fields by dotted path and leaves siblings alone', async () => {
    const res = await call(
      db
        .collection('items')
        .doc('u')
        .update({ data: { profile: { city: '上海' } } }),
    )
    expect(res.stats.updated).toBe(1)
    expect((await getDoc('items', 'u')).profile).toEqual({ city: '上海', phone: '138****0000' })
    // _.set replaces the whole sub-object instead
    await call(
      db
        .collection('items')
        .doc('u')
        .update({ data: { profile: _.set({ city: '广州' }) } }),
    )
    expect((await getDoc('items', 'u')).profile).toEqual({ city: '广州' })
  })

  it('applies inc, push and remove; reports 0 when nothing changes or nothing matches', async () => {
    await call(
      db
        .collection('items')
        .doc('u')
        .update({ data: { n: _.inc(2), tags: _.push(['y', 'z']), tmp: _.remove() } }),
    )
    const doc = await getDoc('items', 'u')
    expect(doc).toMatchObject({ n: 3, tags: ['x', 'y', 'z'] })
    expect(doc).not.toHaveProperty('tmp')
    expect(
      (
        await call(
          db
            .collection('items')
            .doc('u')
            .update({ data: { title: 't' } }),
        )
      ).stats.updated,
    ).toBe(0)
    expect(
      (
        await call(
          db
            .collection('items')
            .doc('missing')
            .update({ data: { title: 'x' } }),
        )
      ).stats.updated,
    ).toBe(0)
    expect(local.dump().items).toHaveLength(1)
  })

  it('set() replaces the document or creates it', async () => {
    const replaced = await call(
      db
        .collection('items')
        .doc('u')
        .set({ data: { only: 1 } }),
    )
    expect(replaced.stats).toEqual({ updated: 1, created: 0 })
    expect(await getDoc('items', 'u')).toEqual({ _id: 'u', only: 1 })
    const created = await call(
      db
        .collection('items')
        .doc('fresh')
        .set({ data: { only: 2 } }),
    )
    expect(created.stats).toEqual({ updated: 0, created: 1 })
    expect(await getDoc('items', 'fresh')).toEqual({ _id: 'fresh', only: 2 })
  })

  it('updates and removes many documents by query', async () => {
    await seed('items', [{ k: 1 }, { k: 1 }, { k: 2 }])
    expect(
      (
        await call(
          db
            .collection('items')
            .where({ k: 1 })
            .update({ data: { seen: true } }),
        )
      ).stats.updated,
    ).toBe(2)
    expect((await call(db.collection('items').where({ seen: true }).count())).total).toBe(2)
    expect(
      (
        await call(
          db
            .collection('items')
            .where({ k: _.exists(true) })
            .remove(),
        )
      ).stats.removed,
    ).toBe(3)
    expect((await call(db.collection('items').doc('u').remove())).stats.removed).toBe(1)
    expect(local.dump().items).toEqual([])
  })
})

describe('errors', () => {
  it('doc().get() of a missing document fails like production (errCode -1, message names the id)', async () => {
    const err = await failure(db.collection('items').doc('nope').get())
    expect(err.errCode).toBe(-1)
    expect(err.message).toBe('document.get:fail document with _id nope does not exist')
    const lenient = cloud.database({ throwOnNotFound: false } as Parameters<
      typeof cloud.database
    >[0])
    expect((await call(lenient.collection('items').doc('nope').get())).data).toBeNull()
  })

  it('every operation on an unknown collection fails with -502005', async () => {
    const unknown = db.collection('nosuch')
    for (const op of [
      unknown.get(),
      unknown.count(),
      unknown.add({ data: { a: 1 } }),
      unknown.doc('x').update({ data: { a: 1 } }),
      unknown.where({ a: 1 }).remove(),
    ]) {
      const err = await failure(op)
      expect(err.errCode).toBe(-502005)
      expect(err.message).toContain('-502005 database collection not exists')
    }
    // wx-server-sdk's aggregate wrapper skips the code → errCode mapping: production gives -1 here.
    const err = await failure(unknown.aggregate().match({}).end())
    expect(err.errCode).toBe(-1)
    expect(err.message).toMatch(/^collection\.aggregate:fail .*Db or Table not exist/)
    expect(local.collections()).not.toContain('nosuch')
  })

  it('createCollection makes a collection usable, once', async () => {
    await db.createCollection('created')
    await call(db.collection('created').add({ data: { _id: 'a' } }))
    expect(local.dump().created).toEqual([{ _id: 'a' }])
    await expect(db.createCollection('created')).rejects.toThrow(/createCollection:fail/)
  })
})

describe('aggregate', () => {
  beforeEach(async () => {
    await seed('orgs', [
      { _id: 'b1', name: '一支部' },
      { _id: 'b2', name: '二支部' },
    ])
    await seed(
      'members',
      Array.from({ length: 30 }, (_x, i) => ({
        _id: `m${i}`,
        orgId: i % 3 === 0 ? 'b1' : 'b2',
        score: i,
      })),
    )
  })

  it('runs $match/$group/$sort/$lookup/$project without touching stored documents', async () => {
    const before = local.dump()
    const res = await call(
      db
        .collection('members')
        .aggregate()
        .match({ score: _.gte(3) })
        .group({ _id: '$orgId', n: $.sum(1), best: $.max('$score') })
        .sort({ n: -1 })
        .lookup({ from: 'orgs', localField: '_id', foreignField: '_id', as: 'org' })
        .project({ _id: 0, orgId: '$_id', n: 1, best: 1, name: $.arrayElemAt(['$org.name', 0]) })
        .end(),
    )
    expect(res.list).toEqual([
      { n: 18, best: 29, orgId: 'b2', name: '二支部' },
      { n: 9, best: 27, orgId: 'b1', name: '一支部' },
    ])
    expect(local.dump()).toEqual(before)
  })

  it('a $project dropping a field of joined rows leaves the joined collection as it was', async () => {
    const before = local.dump()
    const res = await call(
      db
        .collection('members')
        .aggregate()
        .match({ score: 3 })
        .limit(1)
        .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
        .project({ 'org.name': 0 })
        .end(),
    )
    expect((res.list as { org: Row[] }[])[0].org[0]).not.toHaveProperty('name')
    expect(local.dump()).toEqual(before)
  })

  it('returns 20 records without a $limit stage, as production does', async () => {
    expect((await call(db.collection('members').aggregate().match({}).end())).list).toHaveLength(20)
    expect((await call(db.collection('members').aggregate().limit(100).end())).list).toHaveLength(
      30,
    )
  })
})

describe('transactions', () => {
  beforeEach(() =>
    seed('accounts', [
      { _id: 'a', balance: 100 },
      { _id: 'b', balance: 0 },
    ]),
  )

  it('commits all writes at once and reads its own writes', async () => {
    const result = await db.runTransaction(async (t: ReturnType<typeof cloud.database>) => {
      const a = (await call(t.collection('accounts').doc('a').get())).data
      await call(
        t
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: a.balance - 30 } }),
      )
      await call(
        t
          .collection('accounts')
          .doc('b')
          .update({ data: { balance: _.inc(30) } }),
      )
      await call(t.collection('accounts').add({ data: { _id: 'log1', amount: 30 } }))
      expect((await call(t.collection('accounts').doc('a').get())).data.balance).toBe(70)
      expect(local.dump().accounts).toHaveLength(2) // nothing visible outside before commit
      return 'done'
    })
    expect(result).toBe('done')
    expect(local.dump().accounts).toEqual([
      { _id: 'a', balance: 70 },
      { _id: 'b', balance: 30 },
      { _id: 'log1', amount: 30 },
    ])
  })

  it('a throw or a rollback leaves nothing behind', async () => {
    const before = local.dump()
    await expect(
      db.runTransaction(async (t: ReturnType<typeof cloud.database>) => {
        await call(
          t
            .collection('accounts')
            .doc('a')
            .update({ data: { balance: 0 } }),
        )
        await call(
          t
            .collection('accounts')
            .doc('c')
            .set({ data: { balance: 1 } }),
        )
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    await expect(
      db.runTransaction(
        async (
          t: { rollback(reason: unknown): Promise<void> } & ReturnType<typeof cloud.database>,
        ) => {
          await call(t.collection('accounts').doc('a').remove())
          await t.rollback('not enough')
        },
      ),
    ).rejects.toBe('not enough')
    const manual = await db.startTransaction()
    await manual
      .collection('accounts')
      .doc('b')
      .update({ data: { balance: 5 } })
    await manual.rollback()
    expect(local.dump()).toEqual(before)
  })

  it('the later of two conflicting transactions is retried by the SDK and sees the first one', async () => {
    let attempts = 0
    let reads = 0
    let release = () => {}
    const bothRead = new Promise<void>((resolve) => (release = resolve))
    const deposit = (amount: number) =>
      db.runTransaction(async (t: ReturnType<typeof cloud.database>) => {
        attempts++
        const { balance } = (await call(t.collection('accounts').doc('a').get())).data
        if (++reads === 2) release()
        await bothRead // both have read balance 100 before either writes
        await call(
          t
            .collection('accounts')
            .doc('a')
            .update({ data: { balance: balance + amount } }),
        )
      })
    await Promise.all([deposit(10), deposit(20)])
    expect(attempts).toBe(3)
    expect(local.dump().accounts[0]).toEqual({ _id: 'a', balance: 130 })
  })

  it('does not conflict on documents it only read (snapshot isolation, as in MongoDB)', async () => {
    let attempts = 0
    await db.runTransaction(async (t: ReturnType<typeof cloud.database>) => {
      attempts++
      const b = (await call(t.collection('accounts').doc('b').get())).data
      await call(
        db
          .collection('accounts')
          .doc('b')
          .update({ data: { balance: 99 } }),
      ) // outside
      await call(
        t
          .collection('accounts')
          .doc('a')
          .update({ data: { seenB: b.balance } }),
      )
    })
    expect(attempts).toBe(1)
    expect(local.dump().accounts).toEqual([
      { _id: 'a', balance: 100, seenB: 0 },
      { _id: 'b', balance: 99 },
    ])
  })

  it('allows only doc() operations inside', async () => {
    await expect(
      db.runTransaction(async (t: ReturnType<typeof cloud.database>) => {
        await call(t.collection('accounts').where({ balance: 0 }).get())
      }),
    ).rejects.toThrow(/Only single-document operations/)
  })
})

describe('transport', () => {
  it('counts one round trip per database request', async () => {
    const before = roundTripsSoFar()
    await call(db.collection('items').add({ data: { a: 1 } }))
    await call(db.collection('items').where({ a: 1 }).get())
    await call(db.collection('items').count())
    await db.runTransaction(async (t: ReturnType<typeof cloud.database>) => {
      await call(t.collection('items').add({ data: { b: 1 } }))
    })
    // add, get, count, then startTransaction + insert + commit
    expect(roundTripsSoFar() - before).toBe(6)
  })
})

describe('changedBy: what a before/after dump would find, without the copies', () => {
  it('names each document whose content changed and each removed one, and not a rewrite of the same values', async () => {
    await seed('items', [
      { _id: 'a', n: 1 },
      { _id: 'b', n: 2 },
      { _id: 'c', n: 3 },
    ])
    const changed = await local.changedBy(async () => {
      await call(
        db
          .collection('items')
          .doc('a')
          .update({ data: { n: 10 } }),
      )
      await call(
        db
          .collection('items')
          .doc('b')
          .update({ data: { n: 2 } }),
      )
      await call(db.collection('items').doc('c').remove())
      await call(db.collection('items').add({ data: { _id: 'd', n: 4 } }))
    })
    expect(changed.sort((x, y) => x.doc.localeCompare(y.doc))).toEqual([
      { doc: 'items/a', added: false },
      { doc: 'items/c', added: false },
      { doc: 'items/d', added: true },
    ])

    const before = JSON.stringify(local.dump())
    expect(await local.changedBy(async () => getDoc('items', 'a'))).toEqual([])
    expect(JSON.stringify(local.dump())).toBe(before)
  })

  it('a change made and undone inside the work is no change, as the dumps would say', async () => {
    await seed('items', [{ _id: 'a', n: 1 }])
    const changed = await local.changedBy(async () => {
      await call(
        db
          .collection('items')
          .doc('a')
          .update({ data: { n: 5 } }),
      )
      await call(
        db
          .collection('items')
          .doc('a')
          .update({ data: { n: 1 } }),
      )
    })
    expect(changed).toEqual([])
  })
})
