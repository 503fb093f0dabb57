// The emulator's durable document store. Documents live in memory (one Map per collection, in
// insertion order = Mongo's natural order) and are made durable by an append-only JSONL write-ahead
// log plus a periodic snapshot:
//   - every write() is one log line (a batch of ops: a transaction commit or a multi-document update
//     is one line, so a torn write loses all of it or none); the promise resolves only after the
//     line is fdatasync'ed. Writes that arrive while an fsync is in flight share the next one
//     (group commit), which is what keeps an insert near half a millisecond.
//   - snapshot(): serialise the in-memory state at one instant, switch appends to a new log file,
//     write snapshot.jsonl.tmp, fsync, rename over snapshot.jsonl, fsync the directory, then delete
//     the log files the snapshot covers. A crash at any step leaves snapshot + logs that replay to
//     every acknowledged write (log ops are whole-document puts/deletes, so replaying an op the
//     snapshot already holds is harmless).
//   - open: load the snapshot, replay newer logs in order; an unterminated or unparseable last line
//     of the last log is a torn write that was never acknowledged — it is dropped and truncated away.
//     Anything unparseable earlier is real corruption and fails loudly.
// Collections exist only when declared at open or created through addCollection (like the console).
// Isolation: a stored document is frozen (deeply) when it is put, and never mutated afterwards: every
// write puts a new object. No reference a reader holds can change what the store keeps, and the
// transaction layer detects concurrent changes by identity.
// Snapshots are built from the disk, not from memory: the previous snapshot plus the log files it
// replaces, replayed into a fresh state. Memory is checked against that state (plus the writes still
// in flight) and a difference is reported loudly; the snapshot written is always the replayed one, so
// a damaged memory image can never become the durable state.
import * as fs from 'node:fs'
import { join, resolve } from 'node:path'
import { type Doc, decodeStored, deepFreeze, encode, idKey } from './ejson'

export type WriteOp =
  | { op: 'put'; coll: string; doc: Doc }
  | { op: 'del'; coll: string; id: unknown }
  | { op: 'coll'; coll: string }

export interface StoreOptions {
  /** Data directory; undefined = memory only (fast unit tests, nothing touches the disk). */
  dir?: string
  /** Collections that exist from the start (the console's list). */
  collections: readonly string[]
  /** Take a snapshot once the current log grows past this many bytes. Default 8 MiB. */
  snapshotEveryBytes?: number
}

const SNAPSHOT = 'snapshot.jsonl'
const LOCK = 'LOCK'
const walName = (seq: number) => `wal-${String(seq).padStart(8, '0')}.jsonl`
const WAL_RE = /^wal-(\d+)\.jsonl$/

/** Directories this process holds open, to tell a stale same-pid LOCK (container restart) apart. */
const openDirs = new Set<string>()

type Waiter = { resolve: () => void; reject: (e: Error) => void }
type State = Map<string, Map<string, Doc>>

/** What a snapshot found when it checked memory against the state replayed from disk. */
export interface SnapshotCheck {
  /** Documents whose stored form differs (or exists on one side only), as `collection/_id`. */
  differences: string[]
}

/** One document a write is about to change (`key` undefined: the write creates a collection). */
export interface StoreChange {
  coll: string
  key: string | undefined
  before: Doc | undefined
  collectionExisted: boolean
}

export class Store {
  private readonly data: State = new Map()
  private readonly watchers = new Set<(change: StoreChange) => void>()
  private readonly dir: string | undefined
  private readonly snapshotEveryBytes: number
  /** Sequence number of the log that new lines go to; the snapshot covers every log before it. */
  private seq = 0
  private fd: number | undefined
  private fdSeq = -1
  private walBytes = 0
  private pending: string[] = []
  /** The ops of `pending`, for the snapshot check (they are in memory but not yet on disk). */
  private pendingOps: WriteOp[][] = []
  private waiters: Waiter[] = []
  private flushing = false
  private drainWaiters: Array<() => void> = []
  private flushWaiters: Array<() => void> = []
  private snapshotting: Promise<void> | undefined
  private failed: Error | undefined
  private closed = false
  /** The outcome of the last snapshot's memory check (tests read it). */
  lastSnapshotCheck: SnapshotCheck | undefined

  private constructor(opts: StoreOptions) {
    this.dir = opts.dir === undefined ? undefined : resolve(opts.dir)
    this.snapshotEveryBytes = opts.snapshotEveryBytes ?? 8 * 1024 * 1024
    if (this.dir) this.load(this.dir)
    for (const name of opts.collections) this.ensureCollection(name)
  }

  static open(opts: StoreOptions): Store {
    return new Store(opts)
  }

  hasCollection(name: string): boolean {
    return this.data.has(name)
  }

  collectionNames(): string[] {
    return [...this.data.keys()]
  }

  get(coll: string, id: unknown): Doc | undefined {
    return this.data.get(coll)?.get(idKey(id))
  }

  /** The live documents of a collection in natural order. Callers must not mutate them. */
  values(coll: string): Doc[] {
    const docs = this.data.get(coll)
    return docs ? [...docs.values()] : []
  }

  count(coll: string): number {
    return this.data.get(coll)?.size ?? 0
  }

  /**
   * Applies a batch to memory at once (so readers see it immediately and batches are atomic) and
   * resolves when the batch is durable on disk.
   */
  write(ops: WriteOp[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('database store is closed'))
    if (this.failed) return Promise.reject(this.failed)
    if (ops.length === 0) return Promise.resolve()
    for (const op of ops) this.apply(op)
    if (!this.dir) return Promise.resolve()
    const line = encodeLine(ops)
    return new Promise<void>((resolve, reject) => {
      this.pending.push(line)
      this.pendingOps.push(ops)
      this.waiters.push({ resolve, reject })
      this.kick()
    })
  }

  /** Writes a snapshot and drops the log files it covers. Safe to call while writes continue. */
  snapshot(): Promise<void> {
    if (!this.dir || this.closed) return this.snapshotting ?? Promise.resolve()
    if (!this.snapshotting) {
      this.snapshotting = this.writeSnapshot(this.dir).finally(() => {
        this.snapshotting = undefined
      })
    }
    return this.snapshotting
  }

  /** Waits for in-flight writes, snapshots (unless told not to), closes files and the lock. */
  async close(opts: { snapshot?: boolean } = {}): Promise<void> {
    if (this.closed) return
    this.closed = true // refuse new writes from here on; in-flight ones still complete
    await this.drain()
    if (this.dir && opts.snapshot !== false && !this.failed) {
      await (this.snapshotting ?? this.writeSnapshot(this.dir))
    }
    await this.snapshotting
    if (this.fd !== undefined) fs.closeSync(this.fd)
    this.fd = undefined
    if (this.dir) {
      openDirs.delete(this.dir)
      fs.rmSync(join(this.dir, LOCK), { force: true })
    }
  }

  private ensureCollection(name: string): Map<string, Doc> {
    return collectionOf(this.data, name)
  }

  private apply(op: WriteOp): void {
    if (this.watchers.size > 0) {
      const key = op.op === 'put' ? idKey(op.doc._id) : op.op === 'del' ? idKey(op.id) : undefined
      const change: StoreChange = {
        coll: op.coll,
        key,
        before: key === undefined ? undefined : this.data.get(op.coll)?.get(key),
        collectionExisted: this.data.has(op.coll),
      }
      this.watchers.forEach((watcher) => watcher(change))
    }
    applyTo(this.data, op)
  }

  /**
   * Tells `watcher` about every document a write is about to put or delete, with what it held before
   * (frozen, so it can be kept); returns the unwatch. For "this changed nothing" checks in tests that
   * would otherwise copy the whole store around every call.
   */
  watch(watcher: (change: StoreChange) => void): () => void {
    this.watchers.add(watcher)
    return () => {
      this.watchers.delete(watcher)
    }
  }

  // ---- durability -------------------------------------------------------------------------------

  private kick(): void {
    if (this.flushing || this.pending.length === 0) {
      if (!this.flushing) this.notifyDrained()
      return
    }
    this.flushing = true
    const buf = Buffer.from(this.pending.join(''))
    const waiters = this.waiters
    this.pending = []
    this.pendingOps = []
    this.waiters = []
    let fd: number
    try {
      fd = this.walFd()
    } catch (e) {
      this.finishFlush(waiters, buf.length, e as Error)
      return
    }
    writeAll(fd, buf, (err) => {
      if (err) return this.finishFlush(waiters, buf.length, err)
      fs.fdatasync(fd, (syncErr) => this.finishFlush(waiters, buf.length, syncErr))
    })
  }

  private finishFlush(waiters: Waiter[], bytes: number, err: Error | null): void {
    this.flushing = false
    for (const resolve of this.flushWaiters.splice(0)) resolve()
    if (err) {
      // Memory already holds these writes but the disk does not: refuse further writes rather than
      // acknowledge anything that a restart would lose.
      this.failed = new Error(`database log write failed: ${err.message}`)
      for (const w of waiters) w.reject(this.failed)
      for (const w of this.waiters.splice(0)) w.reject(this.failed)
      this.pending = []
      this.pendingOps = []
      this.notifyDrained()
      return
    }
    this.walBytes += bytes
    for (const w of waiters) w.resolve()
    if (this.walBytes > this.snapshotEveryBytes && !this.snapshotting && !this.closed) {
      this.snapshot().catch((e: Error) => console.error('[emulator/db] snapshot failed:', e))
    }
    this.kick()
  }

  /** Resolves when the flush in progress (if any) has finished; later flushes are not waited for. */
  private currentFlush(): Promise<void> {
    if (!this.flushing) return Promise.resolve()
    return new Promise((resolve) => this.flushWaiters.push(resolve))
  }

  private drain(): Promise<void> {
    if (!this.flushing && this.pending.length === 0) return Promise.resolve()
    return new Promise((resolve) => this.drainWaiters.push(resolve))
  }

  private notifyDrained(): void {
    for (const resolve of this.drainWaiters.splice(0)) resolve()
  }

  /** The log file for the current sequence, opened (and its directory entry fsynced) on first use. */
  private walFd(): number {
    if (this.fd !== undefined && this.fdSeq === this.seq) return this.fd
    const dir = this.dir as string
    if (this.fd !== undefined) fs.closeSync(this.fd)
    this.fd = undefined
    const path = join(dir, walName(this.seq))
    const existed = fs.existsSync(path)
    this.fd = fs.openSync(path, 'a')
    this.fdSeq = this.seq
    if (!existed) fsyncDir(dir)
    return this.fd
  }

  private async writeSnapshot(dir: string): Promise<void> {
    // The instant of the switch: everything applied from here on goes to the next log, which the
    // snapshot does not cover. Memory at this instant = the old logs + the writes not yet flushed.
    const nextSeq = this.seq + 1
    const memory = this.frozenView()
    const unflushed = this.pendingOps.flat()
    this.seq = nextSeq
    this.walBytes = 0
    // A flush that started before the switch still writes to the old log: wait for it.
    await this.currentFlush()
    const replayed = this.replayedState(dir, nextSeq)
    const expected = new Map([...replayed].map(([coll, docs]) => [coll, new Map(docs)]))
    for (const op of unflushed) applyTo(expected, op)
    this.lastSnapshotCheck = { differences: differences(memory, expected) }
    if (this.lastSnapshotCheck.differences.length > 0) {
      console.error(
        `[emulator/db] memory differs from the log in ${this.lastSnapshotCheck.differences.length} document(s) ` +
          `(first: ${this.lastSnapshotCheck.differences.slice(0, 5).join(', ')}); ` +
          'the snapshot is written from the log, not from memory',
      )
    }
    const header = JSON.stringify({ v: 1, seq: nextSeq, collections: [...replayed.keys()] })
    const lines = [header]
    for (const [coll, docs] of replayed) {
      for (const doc of docs.values()) lines.push(encode({ c: coll, d: doc }))
    }
    const tmp = join(dir, `${SNAPSHOT}.tmp`)
    const handle = await fs.promises.open(tmp, 'w')
    try {
      await handle.writeFile(lines.join('\n') + '\n')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.promises.rename(tmp, join(dir, SNAPSHOT))
    fsyncDir(dir)
    for (const name of fs.readdirSync(dir)) {
      const m = WAL_RE.exec(name)
      if (m && Number(m[1]) < nextSeq) await fs.promises.rm(join(dir, name), { force: true })
    }
  }

  /** The collections' current documents (frozen objects, so sharing them is safe). */
  private frozenView(): State {
    return new Map([...this.data].map(([coll, docs]) => [coll, new Map(docs)]))
  }

  /** The durable state before log `untilSeq`: the snapshot file plus every older log, replayed. */
  private replayedState(dir: string, untilSeq: number): State {
    const state: State = new Map()
    const snapshotPath = join(dir, SNAPSHOT)
    if (fs.existsSync(snapshotPath)) readSnapshot(snapshotPath, state)
    for (const n of walSequences(dir)) {
      if (n < untilSeq) replayLog(join(dir, walName(n)), state, { isLast: false, truncate: false })
    }
    return state
  }

  // ---- open -------------------------------------------------------------------------------------

  private load(dir: string): void {
    fs.mkdirSync(dir, { recursive: true })
    acquireLock(dir)
    fs.rmSync(join(dir, `${SNAPSHOT}.tmp`), { force: true })
    const snapshotPath = join(dir, SNAPSHOT)
    if (fs.existsSync(snapshotPath)) this.seq = readSnapshot(snapshotPath, this.data)
    const wals = walSequences(dir)
    const live = wals.filter((n) => n >= this.seq)
    for (const n of wals) if (n < this.seq) fs.rmSync(join(dir, walName(n)), { force: true })
    live.forEach((n, i) =>
      replayLog(join(dir, walName(n)), this.data, {
        isLast: i === live.length - 1,
        truncate: true,
      }),
    )
    if (live.length > 0) this.seq = live[live.length - 1]
    this.walBytes = live.length > 0 ? fs.statSync(join(dir, walName(this.seq))).size : 0
  }
}

// ---- state ---------------------------------------------------------------------------------------

function collectionOf(state: State, name: string): Map<string, Doc> {
  let docs = state.get(name)
  if (!docs) {
    docs = new Map()
    state.set(name, docs)
  }
  return docs
}

function applyTo(state: State, op: WriteOp): void {
  const docs = collectionOf(state, op.coll)
  if (op.op === 'put') docs.set(idKey(op.doc._id), deepFreeze(op.doc))
  else if (op.op === 'del') docs.delete(idKey(op.id))
}

/** `collection/_id` of every document whose stored form differs between two states. */
function differences(a: State, b: State): string[] {
  const out: string[] = []
  for (const coll of new Set([...a.keys(), ...b.keys()])) {
    const left = a.get(coll) ?? new Map<string, Doc>()
    const right = b.get(coll) ?? new Map<string, Doc>()
    for (const key of new Set([...left.keys(), ...right.keys()])) {
      const x = left.get(key)
      const y = right.get(key)
      if (x === y) continue
      if (!x || !y || encode(x) !== encode(y)) out.push(`${coll}/${key}`)
    }
  }
  return out
}

// ---- files on disk -------------------------------------------------------------------------------

function walSequences(dir: string): number[] {
  return fs
    .readdirSync(dir)
    .map((name) => WAL_RE.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b)
}

/** Loads a snapshot file into `state`; returns the log sequence it covers up to. */
function readSnapshot(path: string, state: State): number {
  // The snapshot only ever appears by an atomic rename of a fully fsynced file: no torn lines.
  const lines = fs.readFileSync(path, 'utf8').split('\n')
  const header = JSON.parse(lines[0]) as { seq: number; collections: string[] }
  for (const name of header.collections) collectionOf(state, name)
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') continue
    const { c, d } = decodeStored(lines[i]) as { c: string; d: Doc }
    collectionOf(state, c).set(idKey(d._id), deepFreeze(d))
  }
  return header.seq
}

/**
 * Replays one log into `state`. An unterminated or unparseable last line of the last log is a torn
 * write that was never acknowledged: it is skipped (and, on open, truncated away). Anything
 * unparseable earlier is real corruption and fails loudly.
 */
function replayLog(path: string, state: State, opts: { isLast: boolean; truncate: boolean }): void {
  const buf = fs.readFileSync(path)
  let pos = 0
  let valid = 0
  while (pos < buf.length) {
    const nl = buf.indexOf(10, pos)
    const end = nl === -1 ? buf.length : nl
    const text = buf.toString('utf8', pos, end)
    const next = nl === -1 ? buf.length : nl + 1
    const atTail = next >= buf.length
    if (text.trim() !== '') {
      let ops: WriteOp[] | undefined
      // A line without its newline was cut mid-write: never acknowledged, never applied.
      if (nl !== -1) ops = tryDecodeLine(text)
      if (!ops) {
        if (opts.isLast && atTail) break
        throw new Error(`database log ${path} is corrupt at byte ${pos}`)
      }
      for (const op of ops) applyTo(state, op)
    }
    pos = next
    valid = next
  }
  if (opts.truncate && valid < buf.length) fs.truncateSync(path, valid)
}

// ---- log line format ----------------------------------------------------------------------------
// {"o":[["p",coll,doc],["d",coll,{"id":id}],["c",coll]]} in relaxed EJSON (dates survive).

function encodeLine(ops: WriteOp[]): string {
  const o = ops.map((op) =>
    op.op === 'put'
      ? ['p', op.coll, op.doc]
      : op.op === 'del'
        ? ['d', op.coll, { id: op.id }]
        : ['c', op.coll],
  )
  return encode({ o }) + '\n'
}

/**
 * A log line's operations, or undefined when the line is not JSON at all (a torn write — the caller
 * drops it only at the tail). A line that parses but holds an operation this store does not know is
 * not torn: it throws, so a log written by a newer version is never silently cut short.
 */
function tryDecodeLine(text: string): WriteOp[] | undefined {
  let decoded: { o: unknown[][] }
  try {
    decoded = decodeStored(text) as { o: unknown[][] }
  } catch (error) {
    if (error instanceof SyntaxError) return undefined
    throw error
  }
  return decoded.o.map((entry): WriteOp => {
    const [kind, coll, value] = entry as [string, string, Doc]
    if (kind === 'p') return { op: 'put', coll, doc: value }
    if (kind === 'd') return { op: 'del', coll, id: value.id }
    if (kind === 'c') return { op: 'coll', coll }
    throw new Error(`database log line holds an unknown operation ${String(kind)}`)
  })
}

// ---- file helpers -------------------------------------------------------------------------------

function writeAll(fd: number, buf: Buffer, done: (err: Error | null) => void, offset = 0): void {
  fs.write(fd, buf, offset, buf.length - offset, null, (err, written) => {
    if (err) return done(err)
    if (offset + written < buf.length) return writeAll(fd, buf, done, offset + written)
    done(null)
  })
}

function fsyncDir(dir: string): void {
  // Makes a created/renamed directory entry durable. Some platforms cannot fsync a directory.
  let fd: number | undefined
  try {
    fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
  } catch (error) {
    // Only "this platform cannot fsync a directory" is expected; a missing folder or a disk error is not.
    const code = (error as NodeJS.ErrnoException).code
    if (!['EINVAL', 'EISDIR', 'EPERM', 'ENOTSUP', 'EBADF'].includes(code ?? '')) throw error
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

function acquireLock(dir: string): void {
  const path = join(dir, LOCK)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(path, String(process.pid), { flag: 'wx' })
      openDirs.add(dir)
      return
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    const pid = Number(fs.readFileSync(path, 'utf8'))
    const heldHere = pid === process.pid && openDirs.has(dir)
    if (heldHere || (pid !== process.pid && isAlive(pid))) {
      throw new Error(`database directory ${dir} is in use by process ${pid}`)
    }
    fs.rmSync(path, { force: true }) // stale: its owner died (e.g. SIGKILL) or this pid was reused
  }
  throw new Error(`could not lock database directory ${dir}`)
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}
