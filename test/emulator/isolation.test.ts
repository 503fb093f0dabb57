// The store never hands out a reference it keeps, never takes a reserved field name, and never makes
// a damaged memory image durable. Driven through the real SDK (query building, EJSON, dotted $set)
// and, for the snapshot, through the store itself.
import fc from 'fast-check'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLocalDatabase, type LocalDatabase } from '../../emulator/db'
import { Store, type WriteOp } from '../../emulator/db/store'
import { pipelineTools } from '../../cloudfunctions/_shared/db'
import { call, failure, realSdkWith } from './real-sdk'

let local: LocalDatabase
const cloud = realSdkWith(() => local)
const db = cloud.database()
const $ = db.command.aggregate
const { expr, pipeline } = pipelineTools(db)

beforeEach(async () => {
  local = openLocalDatabase({ collections: ['lessons', 'progress', 'items'] })
  await call(
    db.collection('lessons').add({
      data: {
        _id: 'l1',
        title: '纪律教育',
        blocks: [{ kind: 'text', text: '第一段' }],
        history: [{ at: 1, note: '提交' }],
        meta: { tags: ['纪律'], reviewer: { name: '张书记' } },
      },
    }),
  )
  await call(db.collection('progress').add({ data: { _id: 'p1', lessonId: 'l1', percent: 10 } }))
})

afterEach(() => local.close())

describe('no reference to a stored document leaves the store', () => {
  it('a $lookup followed by excluding nested fields leaves the stored lesson whole', async () => {
    const before = local.dump()
    const { list } = await call(
      db
        .collection('progress')
        .aggregate()
        .match({ _id: 'p1' })
        .lookup({ from: 'lessons', localField: 'lessonId', foreignField: '_id', as: 'lesson' })
        .project({ 'lesson.blocks': 0, 'lesson.history': 0, 'lesson.meta.reviewer': 0 })
        .end(),
    )
    expect(list).toEqual([
      {
        _id: 'p1',
        lessonId: 'l1',
        percent: 10,
        lesson: [{ _id: 'l1', title: '纪律教育', meta: { tags: ['纪律'] } }],
      },
    ])
    expect(local.dump()).toEqual(before)
  })

  it('every stage that writes into its input ($project in a sub-pipeline, $unwind, $addFields on nested paths) works on copies', async () => {
    const before = local.dump()
    const { list } = await call(
      db
        .collection('progress')
        .aggregate()
        .lookup({
          from: 'lessons',
          let: { id: '$lessonId' },
          pipeline: pipeline()
            .match(expr($.eq(['$_id', '$$id'])))
            .project({ 'meta.reviewer': 0, history: 0 })
            .done(),
          as: 'lesson',
        })
        .unwind('$lesson')
        .addFields({ 'lesson.meta.tags': ['改过'], 'lesson.title': '改过' })
        .end(),
    )
    expect(list[0]).toMatchObject({ lesson: { meta: { tags: ['改过'] }, title: '改过' } })
    expect(list[0].lesson).not.toHaveProperty('history')
    expect(local.dump()).toEqual(before)
  })

  it('a projection on get() excluding a nested field leaves the stored document whole', async () => {
    const before = local.dump()
    const { data } = await call(
      db.collection('lessons').where({ _id: 'l1' }).field({ 'meta.reviewer': false }).get(),
    )
    expect(data[0]).toEqual(expect.objectContaining({ meta: { tags: ['纪律'] } }))
    expect(local.dump()).toEqual(before)
  })
})

describe('reserved field names are refused by the store itself', () => {
  it.each([
    ['an update path through __proto__', { 'meta.__proto__.status': 'x' }],
    ['an update path through constructor', { 'constructor.prototype.status': 'x' }],
    ['a $-prefixed update path segment', { 'meta.$bad': 'x' }],
    ['a stored field named with a $', { meta: { $where: 'x' } }],
  ])('%s', async (_name, data) => {
    const before = local.dump()
    const error = await failure(db.collection('lessons').doc('l1').update({ data }))
    expect(error.errCode).toBeLessThan(0)
    expect(local.dump()).toEqual(before)
    expect(Object.prototype).not.toHaveProperty('status')
  })

  it('a replacement document with a dotted field name', async () => {
    const before = local.dump()
    const error = await failure(
      db
        .collection('lessons')
        .doc('l1')
        .set({ data: { 'a.b': 1 } }),
    )
    expect(error.errCode).toBeLessThan(0)
    expect(local.dump()).toEqual(before)
  })

  // The SDK reshapes a __proto__ key itself before it leaves the function, so these are sent raw,
  // as any client of the wire protocol could.
  it.each([
    [
      'an insert',
      'database.insertDocument',
      { data: ['{"_id":"x","a":{"__proto__":{"admin":true}}}'] },
    ],
    [
      'an insert with a $ field',
      'database.insertDocument',
      { data: ['{"_id":"y","a":[{"$gt":1}]}'] },
    ],
    [
      'an update',
      'database.modifyDocument',
      { query: '{"_id":"l1"}', data: '{"$set":{"meta.__proto__.admin":true}}', multi: false },
    ],
    ['a query', 'database.getDocument', { query: '{"__proto__":{"admin":true}}' }],
    [
      'a pipeline',
      'database.aggregateDocuments',
      { stages: [{ stageKey: '$match', stageValue: '{"constructor":{"x":1}}' }] },
    ],
  ])('%s naming a reserved field on the wire is refused', async (_name, api, params) => {
    const before = local.dump()
    const answer = (await local.handle(api, { collectionName: 'items', ...params })) as {
      code?: string
    }
    expect(answer.code).toBeDefined()
    expect(local.dump()).toEqual(before)
    expect(Object.prototype).not.toHaveProperty('admin')
  })
})

// ---- snapshots ------------------------------------------------------------------------------------

type Action =
  | { kind: 'put'; id: string; n: number; tag: string }
  | { kind: 'del'; id: string }
  | { kind: 'snapshot' }

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    n: fc.integer({ min: 0, max: 9 }),
    tag: fc.constantFrom('x', 'y', '党'),
  }),
  fc.record({ kind: fc.constant('del' as const), id: fc.constantFrom('a', 'b', 'c', 'd') }),
  fc.constant({ kind: 'snapshot' as const }),
)

function opOf(a: Exclude<Action, { kind: 'snapshot' }>): WriteOp {
  return a.kind === 'put'
    ? { op: 'put', coll: 'items', doc: { _id: a.id, n: a.n, nested: { tag: a.tag, list: [a.n] } } }
    : { op: 'del', coll: 'items', id: a.id }
}

function contents(store: Store) {
  return store.values('items').map((doc) => JSON.stringify(doc))
}

describe('snapshots', () => {
  it('after any sequence of writes and snapshots, the state equals the one rebuilt from the log', async () => {
    let runs = 0
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        runs++
        const dir = mkdtempSync(join(tmpdir(), 'zhibu-snap-'))
        const store = Store.open({ dir, collections: ['items'] })
        for (const a of actions) {
          if (a.kind === 'snapshot') {
            await store.snapshot()
            expect(store.lastSnapshotCheck?.differences).toEqual([])
          } else {
            // Not awaited one by one: writes in flight while a snapshot switches logs.
            void store.write([opOf(a)])
          }
        }
        const expected = contents(store)
        await store.close()
        const reopened = Store.open({ dir, collections: ['items'] })
        expect(contents(reopened)).toEqual(expected)
        await reopened.close({ snapshot: false })
      }),
      { numRuns: 60, seed: 20261202 },
    )
    expect(runs).toBe(60)
  })

  it('a memory image that differs from the log is reported and never written to disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibu-snap-'))
    const store = Store.open({ dir, collections: ['items'] })
    await store.write([{ op: 'put', coll: 'items', doc: { _id: 'a', status: 'ok' } }])
    // Stand-in for any bug that damages memory without going through write(): swap a document.
    const memory = (store as unknown as { data: Map<string, Map<string, object>> }).data
    memory.get('items')?.set('a', { _id: 'a', status: 'removed' })
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    await store.close()
    quiet.mockRestore()
    expect(store.lastSnapshotCheck?.differences).toEqual(['items/a'])
    const reopened = Store.open({ dir, collections: ['items'] })
    expect(reopened.values('items')).toEqual([{ _id: 'a', status: 'ok' }])
    await reopened.close({ snapshot: false })
  })

  it('stored documents are frozen: code that holds one cannot change it', async () => {
    const store = Store.open({ collections: ['items'] })
    await store.write([{ op: 'put', coll: 'items', doc: { _id: 'a', nested: { tag: 'x' } } }])
    const [doc] = store.values('items') as Array<{ nested: { tag: string } }>
    expect(() => {
      doc.nested.tag = 'changed'
    }).toThrow(TypeError)
    expect(store.values('items')).toEqual([{ _id: 'a', nested: { tag: 'x' } }])
    await store.close()
  })
})
