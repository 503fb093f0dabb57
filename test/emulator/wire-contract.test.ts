// The wire contract of the pinned SDK: the exact (action, params) pairs that wx-server-sdk →
// @cloudbase/database hand to the transport for a representative set of calls. The local engine is
// written against these; if an SDK upgrade changes any of them this test fails, and the engine must
// be checked before the fixture is regenerated with UPDATE_WIRE_CONTRACT=1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLocalDatabase, type LocalDatabase } from '../../emulator/db'
import { sdkVersions } from '../../emulator/db/modules'
import { call, realSdkWith } from './real-sdk'

const FIXTURE = join(__dirname, 'wire-contract.json')

interface Captured {
  api: string
  params: unknown
}

let inner: LocalDatabase
const captured: Captured[] = []
const recorder: LocalDatabase = {
  handle(api, params) {
    captured.push({ api, params: JSON.parse(JSON.stringify(params ?? null)) })
    return inner.handle(api, params)
  },
  collections: () => inner.collections(),
  dump: () => inner.dump(),
  changedBy: (work) => inner.changedBy(work),
  snapshot: () => inner.snapshot(),
  close: () => inner.close(),
  observeQueries: (listener) => inner.observeQueries(listener),
}

const cloud = realSdkWith(() => recorder)
const db = cloud.database()
const _ = db.command
const $ = _.aggregate
const serverDate = db.serverDate as unknown as (options?: { offset: number }) => unknown

/** Transaction ids are minted by the engine; everything else in a request comes from the SDK. */
function normalise(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    key === 'transactionId' ? '<transactionId>' : v,
  )
}

async function representativeCalls(): Promise<void> {
  const at = new Date('2024-05-04T03:02:01.000Z')
  await call(
    db.collection('items').add({
      data: {
        _id: 'doc1',
        title: '主题党日',
        count: 1,
        ratio: 1.5,
        big: 2 ** 40,
        at,
        created: serverDate(),
        nested: { a: { b: true } },
        list: [1, 'two', { three: 3 }],
        dropped: undefined,
        re: db.RegExp({ regexp: '^a', options: 'i' }),
      },
    }),
  )
  await call(
    db.collection('items').add({
      data: [
        { _id: 'doc2', n: 2 },
        { _id: 'doc3', n: 3 },
      ],
    }),
  )
  await call(
    db
      .collection('items')
      .where({
        n: _.gt(1).and(_.lte(5)),
        owner: undefined,
        status: _.in(['open', 'closed']),
        title: /党/i,
        nested: { a: { b: true } },
        at: _.gte(at),
        other: _.neq(null),
      })
      .orderBy('n', 'desc')
      .orderBy('at', 'asc')
      .skip(10)
      .limit(5000)
      .field({ title: true, n: 1, nested: false })
      .get(),
  )
  await call(db.collection('items').get())
  await call(
    db
      .collection('items')
      .where(_.or([{ n: 1 }, { n: _.exists(false) }]))
      .count(),
  )
  await call(db.collection('items').doc('doc1').get())
  await call(db.collection('items').doc('doc1').field({ title: true }).get())
  await call(
    db
      .collection('items')
      .doc('doc1')
      .update({
        data: {
          nested: { a: { c: 1 } },
          count: _.inc(2),
          list: _.push(['four']),
          ratio: _.remove(),
          whole: _.set({ x: 1 }),
          touched: serverDate({ offset: 1000 }),
          tags: _.addToSet('t'),
          gone: _.pull('x'),
        },
      }),
  )
  await call(
    db
      .collection('items')
      .doc('doc2')
      .set({ data: { replaced: true, at } }),
  )
  await call(
    db
      .collection('items')
      .where({ n: 3 })
      .update({ data: { seen: true } }),
  )
  await call(
    db
      .collection('items')
      .where({ n: _.lt(0) })
      .remove(),
  )
  await call(db.collection('items').doc('doc3').remove())
  await call(
    db
      .collection('items')
      .aggregate()
      .match({ n: _.gte(1) })
      .group({ _id: '$owner', total: $.sum('$n'), n: $.sum(1) })
      .sort({ total: -1 })
      .lookup({ from: 'orgs', localField: '_id', foreignField: '_id', as: 'org' })
      .project({ _id: 0, owner: '$_id', total: 1 })
      .skip(1)
      .limit(10)
      .end(),
  )
  await db.runTransaction(async (t: ReturnType<typeof cloud.database>) => {
    await call(t.collection('items').doc('doc1').get())
    await call(
      t
        .collection('items')
        .doc('doc1')
        .update({ data: { count: _.inc(1) } }),
    )
    await call(
      t
        .collection('items')
        .doc('doc9')
        .set({ data: { fresh: true } }),
    )
    await call(t.collection('items').add({ data: { _id: 'doc10' } }))
    await call(t.collection('items').doc('doc2').remove())
  })
  const manual = await db.startTransaction()
  await manual
    .collection('items')
    .doc('doc1')
    .update({ data: { count: 0 } })
  await manual.rollback()
  await db.createCollection('created')
}

describe('wire contract of the pinned SDK', () => {
  beforeAll(async () => {
    inner = openLocalDatabase({ collections: ['items', 'orgs'] })
    await representativeCalls()
    await inner.close()
  })

  it('sends exactly the recorded requests', () => {
    const actual = { sdk: sdkVersions(), requests: captured.map(normalise) }
    if (process.env.UPDATE_WIRE_CONTRACT === '1') {
      writeFileSync(FIXTURE, JSON.stringify(actual, null, 2) + '\n')
    }
    expect(existsSync(FIXTURE)).toBe(true) // generate it with UPDATE_WIRE_CONTRACT=1
    const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as typeof actual
    expect(actual.sdk).toEqual(expected.sdk)
    expect(actual.requests).toEqual(expected.requests)
  })

  it('every recorded request succeeded against the local engine', async () => {
    // The engine answered all of them without an error body (the calls above would have thrown).
    expect(captured.map((c) => c.api)).toEqual(
      expect.arrayContaining([
        'database.insertDocument',
        'database.getDocument',
        'database.calculateDocument',
        'database.modifyDocument',
        'database.removeDocument',
        'database.aggregateDocuments',
        'database.startTransaction',
        'database.commitTransaction',
        'database.abortTransaction',
        'database.addCollection',
      ]),
    )
  })
})
