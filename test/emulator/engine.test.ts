// Engine actions that wx-server-sdk 4.0.2 does not reach through its public API, driven on the wire:
// updateAndReturn (modifyAndReturnDoc), upsert of a query, and the legacy per-document transaction
// actions that @cloudbase/database's older transaction.js sends.
import { openLocalDatabase, type LocalDatabase } from '../../emulator/db'

let db: LocalDatabase
const ejson = (v: unknown) => JSON.stringify(v)

beforeEach(async () => {
  db = openLocalDatabase({ collections: ['items'] })
  await db.handle('database.insertDocument', {
    collectionName: 'items',
    data: [ejson({ _id: 'a', n: { $numberInt: '1' }, at: { $date: { $numberLong: '0' } } })],
  })
})

afterEach(() => db.close())

it('modifyAndReturnDoc answers the updated document as EJSON', async () => {
  const res = (await db.handle('database.modifyAndReturnDoc', {
    collectionName: 'items',
    queryType: 'WHERE',
    query: ejson({ _id: 'a' }),
    data: ejson({ $inc: { n: 2 } }),
  })) as { data: { updated: number; doc: string } }
  expect(res.data.updated).toBe(1)
  expect(JSON.parse(res.data.doc)).toEqual({
    _id: 'a',
    n: 3,
    at: { $date: '1970-01-01T00:00:00Z' },
  })
})

it('an upsert by query creates the document from the query equalities', async () => {
  const res = (await db.handle('database.modifyDocument', {
    collectionName: 'items',
    queryType: 'WHERE',
    query: ejson({ kind: 'x', n: { $gt: 5 } }),
    data: ejson({ $set: { v: 1 } }),
    multi: false,
    merge: true,
    upsert: true,
  })) as { data: { updated: number; upsert_id: string } }
  expect(res.data.updated).toBe(0)
  expect(res.data.upsert_id).toMatch(/^[0-9a-f]{32}$/)
  expect(db.dump().items[1]).toEqual({ _id: res.data.upsert_id, kind: 'x', v: 1 })
})

it('serves the legacy transaction actions with the shapes transaction.js parses', async () => {
  const { transactionId } = (await db.handle('database.startTransaction', {})) as {
    transactionId: string
  }
  const got = (await db.handle('database.getInTransaction', {
    collectionName: 'items',
    transactionId,
    _id: 'a',
  })) as {
    data: string
  }
  expect(JSON.parse(got.data)).toMatchObject({ _id: 'a', n: 1 })
  const updated = (await db.handle('database.updateDocInTransaction', {
    collectionName: 'items',
    transactionId,
    _id: 'a',
    data: ejson({ $set: { n: 5 } }),
  })) as { updated: string }
  expect(updated.updated).toBe('1')
  const created = (await db.handle('database.updateDocInTransaction', {
    collectionName: 'items',
    transactionId,
    _id: 'b',
    data: ejson({ fresh: true }),
    upsert: true,
  })) as { upserted: string }
  expect(JSON.parse(created.upserted)).toEqual([{ _id: 'b' }])
  const deleted = (await db.handle('database.deleteDocInTransaction', {
    collectionName: 'items',
    transactionId,
    _id: 'a',
  })) as {
    deleted: string
  }
  expect(deleted.deleted).toBe('1')
  expect(db.dump().items).toHaveLength(1) // nothing visible before commit
  await db.handle('database.commitTransaction', { transactionId })
  expect(db.dump().items).toEqual([{ _id: 'b', fresh: true }])
  const again = (await db.handle('database.commitTransaction', { transactionId })) as {
    code: string
  }
  expect(again.code).toBe('DATABASE_REQUEST_FAILED')
})
