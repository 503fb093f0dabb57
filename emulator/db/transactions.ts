// Transactions as the SDK uses them: startTransaction → doc() reads/writes carrying transactionId →
// commitTransaction | abortTransaction. Writes are staged in the transaction (invisible to others,
// visible to itself) and applied as one atomic, durable batch at commit: all-or-nothing.
//
// Conflicts follow MongoDB's snapshot isolation: a transaction conflicts when a document it writes
// was changed by someone else after the transaction first read it (write-write conflict); documents
// it only read never conflict. Detection is optimistic, at commit: the store never mutates a stored
// document, so the object the transaction saw is its version. On conflict nothing is applied and the
// answer is DATABASE_TRANSACTION_CONFLICT. It is reported at commit, not at the write, on purpose:
// @cloudbase/database's runTransaction retries only when the error keeps
// `code === 'DATABASE_TRANSACTION_CONFLICT'`, and wx-server-sdk rewrites errors of doc() calls inside
// the callback into SDK errors without `code`; only a commit-time conflict reaches that retry, which
// is production's documented behaviour ("conflicts are retried, other errors are not").
import { notSingleDocument, transactionConflict, transactionGone } from './errors'
import { type Doc, idKey, newId } from './ejson'
import type { Store, WriteOp } from './store'

/** Where a single-document operation reads and writes: the store itself or a transaction's view. */
export interface DocScope {
  readonly inTransaction: boolean
  read(coll: string, id: unknown): Doc | undefined
  commit(ops: WriteOp[]): Promise<void>
}

interface Seen {
  coll: string
  id: unknown
  doc: Doc | undefined
}

interface Tx {
  started: number
  seen: Map<string, Seen>
  writes: Map<string, WriteOp>
}

/** Mongo's default transactionLifetimeLimitSeconds: an abandoned transaction is dropped after it. */
const LIFETIME_MS = 60_000

export class Transactions {
  private readonly active = new Map<string, Tx>()

  constructor(private readonly store: Store) {}

  start(): string {
    this.expire()
    const id = newId()
    this.active.set(id, { started: Date.now(), seen: new Map(), writes: new Map() })
    return id
  }

  /** The plain (non-transactional) scope. */
  direct(): DocScope {
    const store = this.store
    return {
      inTransaction: false,
      read: (coll, id) => store.get(coll, id),
      commit: (ops) => store.write(ops),
    }
  }

  /** The scope of a live transaction; throws if it is unknown, finished or expired. */
  scope(txId: unknown): DocScope {
    const tx = this.live(txId)
    const store = this.store
    return {
      inTransaction: true,
      read(coll, id) {
        const key = `${coll}\u0000${idKey(id)}`
        const staged = tx.writes.get(key)
        if (staged) return staged.op === 'put' ? staged.doc : undefined
        const seen = tx.seen.get(key)
        if (seen) return seen.doc // repeatable reads within the transaction
        const doc = store.get(coll, id)
        tx.seen.set(key, { coll, id, doc })
        return doc
      },
      commit(ops) {
        for (const op of ops) {
          if (op.op === 'coll') throw notSingleDocument()
          const id = op.op === 'put' ? op.doc._id : op.id
          const key = `${op.coll}\u0000${idKey(id)}`
          // Every staged write was computed from read(), so its base version is already in `seen`.
          tx.writes.set(key, op)
        }
        return Promise.resolve()
      },
    }
  }

  async commit(txId: unknown): Promise<void> {
    const tx = this.live(txId)
    this.active.delete(txId as string)
    for (const key of tx.writes.keys()) {
      const seen = tx.seen.get(key) as Seen
      if (this.store.get(seen.coll, seen.id) !== seen.doc) throw transactionConflict()
    }
    await this.store.write([...tx.writes.values()])
  }

  abort(txId: unknown): void {
    this.live(txId)
    this.active.delete(txId as string)
  }

  private live(txId: unknown): Tx {
    const tx = typeof txId === 'string' ? this.active.get(txId) : undefined
    if (!tx || Date.now() - tx.started > LIFETIME_MS) {
      if (tx) this.active.delete(txId as string)
      throw transactionGone(txId)
    }
    return tx
  }

  private expire(): void {
    const now = Date.now()
    for (const [id, tx] of this.active) if (now - tx.started > LIFETIME_MS) this.active.delete(id)
  }
}
