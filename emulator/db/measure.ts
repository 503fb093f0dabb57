// One-off measurement of the local database through the real SDK, with fsync on (a temp data dir).
// Not a test (timings are machine-dependent): run `npx tsx emulator/db/measure.ts`.
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { installDatabaseTransport, openLocalDatabase, type LocalDatabase } from './index'
import { Store } from './store'
import { HOUR_MS } from '../../types/time'

const ms = (t0: bigint) => (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)

const N = 10_000
const ORGS = 200

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zhibu-db-measure-'))
  let db: LocalDatabase = openLocalDatabase({ dir, collections: ['members', 'orgs'] })
  installDatabaseTransport(() => db)
  const cloud = createRequire(__filename)('wx-server-sdk/index.js')
  cloud.init({ env: 'measure' })
  const sdb = cloud.database()
  const _ = sdb.command
  const $ = _.aggregate

  const time = async (label: string, runs: number, fn: (i: number) => Promise<unknown>) => {
    const start = process.hrtime.bigint()
    for (let i = 0; i < runs; i++) await fn(i)
    const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs
    console.log(`${label.padEnd(44)} ${ms.toFixed(3)} ms`)
  }

  for (let o = 0; o < ORGS; o++)
    await sdb.collection('orgs').add({ data: { _id: `org${o}`, name: `支部${o}` } })
  await time(`add (sequential, fsync each), ${N} docs`, N, (i) =>
    sdb.collection('members').add({
      data: {
        _id: `m${i}`,
        orgId: `org${i % ORGS}`,
        role: i % 10 === 0 ? 'secretary' : 'member',
        joinedAt: new Date(Date.UTC(2020, 0, 1) + i * HOUR_MS),
        profile: { nickname: `党员${i}`, score: i % 97 },
      },
    }),
  )
  const start = process.hrtime.bigint()
  await Promise.all(
    Array.from({ length: 1000 }, (_x, i) =>
      sdb.collection('members').add({ data: { _id: `c${i}`, orgId: 'orgX' } }),
    ),
  )
  console.log(
    `${'add x1000 concurrent (group commit), per add'.padEnd(44)} ${(Number(process.hrtime.bigint() - start) / 1e6 / 1000).toFixed(3)} ms`,
  )
  await time('doc(id).get()', 2000, (i) =>
    sdb
      .collection('members')
      .doc(`m${(i * 7) % N}`)
      .get(),
  )
  await time('where({orgId}).limit(20).get()', 500, (i) =>
    sdb
      .collection('members')
      .where({ orgId: `org${i % ORGS}` })
      .limit(20)
      .get(),
  )
  await time('where({orgId}).count()', 500, (i) =>
    sdb
      .collection('members')
      .where({ orgId: `org${i % ORGS}` })
      .count(),
  )
  await time('where(range).orderBy(joinedAt desc).limit(20)', 200, (i) =>
    sdb
      .collection('members')
      .where({ 'profile.score': _.gte(i % 50) })
      .orderBy('joinedAt', 'desc')
      .limit(20)
      .get(),
  )
  await time('doc(id).update({ profile.score: _.inc(1) })', 2000, (i) =>
    sdb
      .collection('members')
      .doc(`m${i}`)
      .update({ data: { profile: { score: _.inc(1) } } }),
  )
  await time('aggregate $group by orgId (10k docs)', 50, () =>
    sdb
      .collection('members')
      .aggregate()
      .group({ _id: '$orgId', n: $.sum(1) })
      .sort({ n: -1 })
      .limit(1000)
      .end(),
  )
  await time('aggregate $match orgId + $lookup orgs', 200, (i) =>
    sdb
      .collection('members')
      .aggregate()
      .match({ orgId: `org${i % ORGS}` })
      .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
      .limit(100)
      .end(),
  )
  await time('runTransaction (get + update)', 500, (i) =>
    sdb.runTransaction(async (t: typeof sdb) => {
      const doc = await t.collection('members').doc(`m${i}`).get()
      await t
        .collection('members')
        .doc(`m${i}`)
        .update({ data: { score2: doc.data.profile.score } })
    }),
  )
  const snapStart = process.hrtime.bigint()
  await db.snapshot()
  console.log(
    `${'snapshot'.padEnd(44)} ${(Number(process.hrtime.bigint() - snapStart) / 1e6).toFixed(1)} ms`,
  )
  await db.close()
  let t0 = process.hrtime.bigint()
  db = openLocalDatabase({ dir, collections: ['members', 'orgs'] })
  const count = db.dump().members.length
  console.log(`${`reopen ${count} docs (snapshot only)`.padEnd(44)} ${ms(t0)} ms`)
  await db.close()

  // Log replay: the same documents written one per log line, then reopened without a snapshot.
  const logDir = mkdtempSync(join(tmpdir(), 'zhibu-db-measure-log-'))
  const store = Store.open({ dir: logDir, collections: ['members'] })
  for (let i = 0; i < 20_000; i++) {
    void store.write([
      {
        op: 'put',
        coll: 'members',
        doc: { _id: `m${i}`, orgId: `org${i % ORGS}`, at: new Date(), profile: { n: i } },
      },
    ])
  }
  await store.close({ snapshot: false })
  t0 = process.hrtime.bigint()
  const replayed = Store.open({ dir: logDir, collections: ['members'] })
  console.log(
    `${`reopen ${replayed.count('members')} docs (log replay only)`.padEnd(44)} ${ms(t0)} ms`,
  )
  await replayed.close({ snapshot: false })
  rmSync(logDir, { recursive: true, force: true })
  rmSync(dir, { recursive: true, force: true })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
