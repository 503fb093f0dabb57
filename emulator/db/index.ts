// The local cloud database: the real wx-server-sdk with only its database transport swapped.
// @cloudbase/database builds every request (query serialisation, EJSON, limit 100 / cap 1000,
// serverDate, dotted $set, transactions) and hands it to `Db.reqClass.prototype.send(api, params)`,
// which node-sdk sets to TcbDBApiHttpRequester on every `database()` call. Replacing that one method
// keeps all of the SDK's behaviour and error handling while the requests run against a local engine.
import { countRoundTrip } from '../context'
import { clone } from './ejson'
import { Engine } from './engine'
import type { QueryListener } from './observe'
import { requireNodeSdk } from './modules'
import { Store, type StoreChange } from './store'

export interface LocalDatabase {
  /** Executes one wire request; resolves to the server's answer body ({code, message} on errors). */
  handle(api: string, params: unknown): Promise<unknown>
  collections(): string[]
  /** Deep copy of all documents by collection, for before/after comparisons in tests. */
  dump(): Record<string, unknown[]>
  /**
   * Runs `work` and answers the documents whose content it changed (added, changed or removed), and
   * any collection it created — what comparing two dumps would find, without copying the store.
   */
  changedBy(work: () => Promise<unknown>): Promise<StoreDifference[]>
  /** Writes a snapshot now and drops the log it covers (also happens on its own as the log grows). */
  snapshot(): Promise<void>
  /** Waits for pending writes, snapshots, releases the data directory. */
  close(): Promise<void>
  /** Tells `listener` about every query (filter, sort, answer size); returns the unsubscribe. */
  observeQueries(listener: QueryListener): () => void
}

/** One document a piece of work changed: `collection/_id`, and whether it was not there before. */
export interface StoreDifference {
  doc: string
  added: boolean
}

export function openLocalDatabase(opts: {
  dir?: string
  collections: readonly string[]
}): LocalDatabase {
  const store = Store.open({ dir: opts.dir, collections: opts.collections })
  const engine = new Engine(store)
  return {
    handle: (api, params) => engine.handle(api, params),
    collections: () => store.collectionNames(),
    dump() {
      const out: Record<string, unknown[]> = {}
      for (const name of store.collectionNames()) out[name] = store.values(name).map(clone)
      return out
    },
    async changedBy(work) {
      const touched = new Map<string, StoreChange>()
      const unwatch = store.watch((change) => {
        const name = `${change.coll}/${change.key ?? ''}`
        if (!touched.has(name)) touched.set(name, change)
      })
      try {
        await work()
      } finally {
        unwatch()
      }
      return [...touched.entries()]
        .filter(([, { coll, key, before, collectionExisted }]) =>
          key === undefined
            ? !collectionExisted
            : !collectionExisted || JSON.stringify(before) !== JSON.stringify(store.get(coll, key)),
        )
        .map(([doc, { before }]) => ({ doc, added: before === undefined }))
    },
    snapshot: () => store.snapshot(),
    close: () => store.close(),
    observeQueries: (listener) => engine.observe(listener),
  }
}

interface Requester {
  prototype: { send(api: string, data?: unknown, opts?: unknown): Promise<unknown> }
  [GET_DB]?: () => LocalDatabase
}

const GET_DB = Symbol.for('zhibu.emulator.getDb')

/**
 * Patches the SDK transport; every database request then calls getDb().handle and countRoundTrip().
 * Call it before `cloud.init()`. Calling it again only swaps `getDb` (the patch is applied once per
 * module instance of the SDK, i.e. once per process, once per jest module registry).
 */
export function installDatabaseTransport(getDb: () => LocalDatabase): void {
  const { TcbDBApiHttpRequester } = requireNodeSdk<{ TcbDBApiHttpRequester: Requester }>(
    '@cloudbase/node-sdk/dist/utils/tcbdbapirequester',
  )
  const alreadyPatched = TcbDBApiHttpRequester[GET_DB] !== undefined
  TcbDBApiHttpRequester[GET_DB] = getDb
  if (alreadyPatched) return

  // node-sdk's own processReturn: a body with `code` becomes the TcbError that the real
  // tcbapirequester.request() throws, so wx-server-sdk maps it to errCode exactly as in production.
  const { processReturn } = requireNodeSdk<{ processReturn(body: unknown): unknown }>(
    '@cloudbase/node-sdk/dist/utils/utils',
  )
  TcbDBApiHttpRequester.prototype.send = async function send(api: string, data?: unknown) {
    countRoundTrip()
    const body = await (TcbDBApiHttpRequester[GET_DB] as () => LocalDatabase)().handle(
      api,
      data ?? {},
    )
    if (body && typeof body === 'object' && (body as { code?: unknown }).code) {
      return processReturn(body)
    }
    return body
  }

  // cloud.init() and cloud.database({ env }) run node-sdk's init, which fires an un-awaited probe of
  // http://metadata.tencentyun.com (30 ms timeout) to detect Tencent Cloud. Answer it locally: we are
  // not on Tencent Cloud and have no instance credentials. Nothing else on the database path is
  // networky once send() is replaced (credentials and signing live inside tcbapirequester.request).
  const metadata = requireNodeSdk<Record<string, unknown>>(
    '@cloudbase/node-sdk/dist/utils/metadata',
  )
  metadata.lookupAppId = async () => ''
  metadata.lookupCredentials = async () => {
    throw new Error('emulator: no cloud instance metadata offline')
  }
}
