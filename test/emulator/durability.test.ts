// Durability of the local database store: acknowledged writes survive SIGKILL, a torn last log line
// is dropped instead of failing the open, and snapshot + log replay reproduces the in-memory state.
import { spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLocalDatabase } from '../../emulator/db'
import { Engine } from '../../emulator/db/engine'
import { Store } from '../../emulator/db/store'

const root = join(__dirname, '../..')
const dirs: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhibu-db-durability-'))
  dirs.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

function dumpOf(store: Store): Record<string, unknown[]> {
  return Object.fromEntries(store.collectionNames().map((c) => [c, store.values(c)]))
}

const walFiles = (dir: string) => readdirSync(dir).filter((f) => /^wal-\d+\.jsonl$/.test(f))

interface Round {
  acked: string[]
  ackedIncs: number
  issuedIncs: number
  snapshotted: boolean
}

/** Runs the writer child until it has acknowledged `killAfter` writes after a snapshot, then SIGKILLs it. */
function runWriterAndKill(dir: string, round: number, killAfter: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    // node itself with tsx's loader (not the tsx CLI, which would run the script in a grandchild
    // that SIGKILL of the CLI leaves running).
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'fixtures/db-writer.ts'), dir, String(round)],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const result: Round = { acked: [], ackedIncs: 0, issuedIncs: 0, snapshotted: false }
    let buffered = ''
    let stderr = ''
    let killed = false
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? '' // only complete lines count as acknowledged
      for (const line of lines) {
        if (line === 'ack inc') result.ackedIncs++
        else if (line === 'issue inc') result.issuedIncs++
        else if (line === 'snapshot done') result.snapshotted = true
        else if (line.startsWith('ack ')) result.acked.push(line.slice(4))
      }
      if (!killed && result.snapshotted && result.acked.length + result.ackedIncs >= killAfter) {
        killed = true
        child.kill('SIGKILL') // mid-burst: eight writers have requests in flight
      }
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(result)
      else reject(new Error(`writer exited with ${code}: ${stderr}`))
    })
  })
}

describe('durability', () => {
  it('keeps every acknowledged write through repeated SIGKILLs mid-burst', async () => {
    const dir = tempDir()
    const acked: string[] = []
    let ackedIncs = 0
    let issuedIncs = 0
    for (const [round, killAfter] of [
      [1, 400],
      [2, 650],
      [3, 300],
    ]) {
      const r = await runWriterAndKill(dir, round, killAfter)
      expect(r.snapshotted).toBe(true)
      acked.push(...r.acked)
      ackedIncs += r.ackedIncs
      issuedIncs += r.issuedIncs

      const store = Store.open({ dir, collections: ['items', 'counters'] }) // stale LOCK is taken over
      const missing = acked.filter((id) => store.get('items', id) === undefined)
      expect(missing).toEqual([])
      const counter = (store.get('counters', 'c')?.n as number | undefined) ?? 0
      expect(counter).toBeGreaterThanOrEqual(ackedIncs)
      expect(counter).toBeLessThanOrEqual(issuedIncs)
      await store.close({ snapshot: round === 2 })
    }
    expect(acked.length).toBeGreaterThan(1000)
  }, 30_000)

  it('drops a torn last line instead of failing, and keeps appending cleanly after it', async () => {
    const dir = tempDir()
    const store = Store.open({ dir, collections: ['items'] })
    await store.write([{ op: 'put', coll: 'items', doc: { _id: 'a', at: new Date(0) } }])
    await store.write([{ op: 'put', coll: 'items', doc: { _id: 'b' } }])
    await store.close({ snapshot: false }) // as if the process died here
    const [wal] = walFiles(dir)
    const intact = statSync(join(dir, wal)).size
    appendFileSync(join(dir, wal), '{"o":[["p","items",{"_id":"torn","x":') // cut mid-write

    const reopened = Store.open({ dir, collections: ['items'] })
    expect(dumpOf(reopened)).toEqual({ items: [{ _id: 'a', at: new Date(0) }, { _id: 'b' }] })
    expect(statSync(join(dir, wal)).size).toBe(intact)
    await reopened.write([{ op: 'put', coll: 'items', doc: { _id: 'c' } }])
    await reopened.close({ snapshot: false })

    const again = Store.open({ dir, collections: ['items'] })
    expect(again.values('items').map((d) => d._id)).toEqual(['a', 'b', 'c'])
    await again.close()
  })

  it('fails loudly on a corrupt line that is not the last one', async () => {
    const dir = tempDir()
    const store = Store.open({ dir, collections: ['items'] })
    await store.write([{ op: 'put', coll: 'items', doc: { _id: 'a' } }])
    await store.close({ snapshot: false })
    const [wal] = walFiles(dir)
    appendFileSync(join(dir, wal), 'garbage\n{"o":[["p","items",{"_id":"b"}]]}\n')
    expect(() => Store.open({ dir, collections: ['items'] })).toThrow(/corrupt/)
  })

  it('refuses a complete last line with an operation it does not know, instead of dropping it as torn', async () => {
    const dir = tempDir()
    const store = Store.open({ dir, collections: ['items'] })
    await store.write([{ op: 'put', coll: 'items', doc: { _id: 'a' } }])
    await store.close({ snapshot: false })
    const [wal] = walFiles(dir)
    const before = statSync(join(dir, wal)).size
    // Written whole (it ends with its newline) by a store that knows an operation this one does not.
    appendFileSync(join(dir, wal), '{"o":[["x","items",{"_id":"b"}]]}\n')
    expect(() => Store.open({ dir, collections: ['items'] })).toThrow(/unknown operation x/)
    // Nothing was cut off the log.
    expect(statSync(join(dir, wal)).size).toBeGreaterThan(before)
  })

  it('snapshot + log replay reproduces the in-memory state exactly', async () => {
    const dir = tempDir()
    // A tiny threshold makes the store snapshot by itself several times along the way.
    const store = Store.open({ dir, collections: ['items', 'accounts'], snapshotEveryBytes: 2048 })
    const engine = new Engine(store)
    const ok = async (api: string, params: Record<string, unknown>) => {
      const res = await engine.handle(api, params)
      expect(res).not.toHaveProperty('code')
      return res
    }
    const ejson = (v: unknown) => JSON.stringify(v)
    await ok('database.addCollection', { collectionName: 'created' })
    for (let i = 0; i < 60; i++) {
      await ok('database.insertDocument', {
        collectionName: 'items',
        data: [
          ejson({
            _id: `i${i}`,
            n: i,
            at: { $date: { $numberLong: String(1e12 + i) } },
            tags: ['t'],
          }),
        ],
      })
    }
    await ok('database.modifyDocument', {
      collectionName: 'items',
      queryType: 'WHERE',
      query: ejson({ n: { $gte: 30 } }),
      data: ejson({ $inc: { n: 100 }, $push: { tags: { $each: ['u'] } }, $set: { 'deep.x': 1 } }),
      multi: true,
      merge: true,
    })
    await ok('database.removeDocument', {
      collectionName: 'items',
      queryType: 'WHERE',
      query: ejson({ n: { $lt: 10 } }),
      multi: true,
    })
    await ok('database.insertDocument', {
      collectionName: 'accounts',
      data: [ejson({ _id: 'a', balance: 5 })],
    })
    const { transactionId } = (await ok('database.startTransaction', {})) as {
      transactionId: string
    }
    await ok('database.modifyDocument', {
      collectionName: 'accounts',
      transactionId,
      queryType: 'DOC',
      query: ejson({ _id: 'a' }),
      data: ejson({ balance: 7 }),
      merge: false,
      upsert: true,
    })
    await ok('database.insertDocument', {
      collectionName: 'created',
      transactionId,
      data: [ejson({ _id: 'x' })],
    })
    await ok('database.commitTransaction', { transactionId })
    await ok('database.modifyDocument', {
      collectionName: 'items',
      queryType: 'DOC',
      query: ejson({ _id: 'i20' }),
      data: ejson({ replaced: true }),
      merge: false,
      upsert: true,
    })

    expect(readdirSync(dir)).toContain('snapshot.jsonl')
    expect(walFiles(dir).some((f) => statSync(join(dir, f)).size > 0)).toBe(true)
    const expected = dumpOf(store)
    expect(expected.items).toHaveLength(50)
    await store.close({ snapshot: false })

    const replayed = Store.open({ dir, collections: [] })
    expect(dumpOf(replayed)).toEqual(expected)
    await replayed.close() // now from the snapshot alone
    expect(walFiles(dir).every((f) => statSync(join(dir, f)).size === 0)).toBe(true)
    const fromSnapshot = openLocalDatabase({ dir, collections: [] })
    expect(fromSnapshot.dump()).toEqual(expected)
    await fromSnapshot.close()
  })

  it('refuses a data directory that a live process holds', async () => {
    const dir = tempDir()
    const db = openLocalDatabase({ dir, collections: [] })
    expect(() => openLocalDatabase({ dir, collections: [] })).toThrow(/in use by process/)
    await db.close()
    writeFileSync(join(dir, 'LOCK'), '999999999') // a dead owner
    const next = openLocalDatabase({ dir, collections: [] })
    await next.close()
  })
})
