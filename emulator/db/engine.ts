// Executes the database wire requests of @cloudbase/database (what TcbDBApiHttpRequester.send would
// POST to the server) against the store, with mingo for queries, update operators and aggregation.
// Answers have the server's shapes, because the SDK post-processes them: getDocument →
// {data:{list:[ejson...]}} (doc().get() on an empty list then throws "document with _id … does not
// exist" in wx-server-sdk itself), insertDocument → {data:{insertedIds}}, modifyDocument →
// {data:{updated, upsert_id}}, calculateDocument → {data:{total}}, startTransaction →
// {transactionId}; errors → {code, message}. Every answer carries a requestId.
import 'mingo/init/system' // every query/pipeline/expression operator, incl. $lookup
import { Aggregator } from 'mingo'
import {
  DbError,
  collectionNotExist,
  duplicateKey,
  invalidParam,
  notSingleDocument,
} from './errors'
import { type Doc, decode, encode, isPlainObject, newId, newRequestId } from './ejson'
import { ISOLATION_CONTEXT, isolatedCopy, isolatedPipeline } from './isolation'
import { lookupsOf, type ObservedQuery, type QueryListener } from './observe'
import { matcher, project, sortDocs } from './query'
import type { Store, WriteOp } from './store'
import { type DocScope, Transactions } from './transactions'
import { applyUpdate, assertStorable, replaceDocument, sameDocument, upsertSeed } from './update'

export type Body = Record<string, unknown>
/** Request params as sent on the wire: a JSON object of strings, numbers and booleans. */
type Params = Record<string, unknown>

const DEFAULT_LIMIT = 100
const MAX_LIMIT = 1000
/** aggregate() without a $limit stage returns 20 records in production; with one, up to 10 000. */
const AGGREGATE_DEFAULT_LIMIT = 20
const AGGREGATE_MAX = 10_000

export class Engine {
  private readonly txs: Transactions
  private readonly listeners = new Set<QueryListener>()

  /** Tells `listener` about every query from now on; returns the function that stops it. */
  observe(listener: QueryListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private notify(query: Omit<ObservedQuery, 'documents'>): void {
    if (this.listeners.size === 0) return
    const observed = { ...query, documents: this.store.values(query.collection) }
    for (const listener of this.listeners) listener(observed)
  }

  constructor(private readonly store: Store) {
    this.txs = new Transactions(store)
  }

  async handle(api: string, params: unknown): Promise<Body> {
    const requestId = newRequestId()
    try {
      const p = (isPlainObject(params) ? params : {}) as Params
      const data = await this.dispatch(api, p, Date.now())
      return { requestId, ...data }
    } catch (e) {
      if (e instanceof DbError) return { code: e.code, message: e.message, requestId }
      // mingo rejects malformed queries/pipelines by throwing; the server answers those as failed requests.
      return {
        code: 'DATABASE_REQUEST_FAILED',
        message: String((e as Error)?.message ?? e),
        requestId,
      }
    }
  }

  private dispatch(api: string, p: Params, now: number): Promise<Body> | Body {
    switch (api) {
      case 'database.addCollection':
        return this.addCollection(p)
      case 'database.insertDocument':
        return this.insert(p, now)
      case 'database.getDocument':
        return this.get(p, now)
      case 'database.calculateDocument':
        return this.count(p, now)
      case 'database.modifyDocument':
        return this.modify(p, now)
      case 'database.removeDocument':
        return this.remove(p, now)
      case 'database.modifyAndReturnDoc':
        return this.modifyAndReturn(p, now)
      case 'database.aggregateDocuments':
        return this.aggregate(p, now)
      case 'database.startTransaction':
        return { transactionId: this.txs.start() }
      case 'database.commitTransaction':
        return this.txs.commit(p.transactionId).then(() => ({}))
      case 'database.abortTransaction':
        this.txs.abort(p.transactionId)
        return {}
      case 'database.getInTransaction':
        return this.legacyGet(p)
      case 'database.updateDocInTransaction':
        return this.legacyUpdate(p, now)
      case 'database.deleteDocInTransaction':
        return this.legacyDelete(p)
      default:
        throw invalidParam(`unsupported database action ${api}`)
    }
  }

  // ---- collections ------------------------------------------------------------------------------

  private async addCollection(p: Params): Promise<Body> {
    const name = p.collectionName
    if (typeof name !== 'string' || name === '') throw invalidParam('collectionName is required')
    if (this.store.hasCollection(name)) {
      throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Table exist: ${name}`)
    }
    await this.store.write([{ op: 'coll', coll: name }])
    return {}
  }

  private collection(p: Params): string {
    const name = p.collectionName
    if (typeof name !== 'string' || !this.store.hasCollection(name)) {
      throw collectionNotExist(String(name))
    }
    return name
  }

  private scope(p: Params): DocScope {
    return p.transactionId === undefined ? this.txs.direct() : this.txs.scope(p.transactionId)
  }

  /** DOC requests address one document by `{_id}`; inside a transaction nothing else is allowed. */
  private docTarget(p: Params, query: Doc, scope: DocScope): unknown {
    if (p.queryType === 'DOC') return query._id
    if (scope.inTransaction) throw notSingleDocument()
    return undefined
  }

  // ---- reads ------------------------------------------------------------------------------------

  private get(p: Params, now: number): Body {
    const coll = this.collection(p)
    const query = parseDoc(p.query, now)
    const scope = this.scope(p)
    const projection = p.projection === undefined ? undefined : parseDoc(p.projection, now)
    let docs: Doc[]
    if (p.queryType === 'DOC') {
      const doc = scope.read(coll, query._id)
      docs = doc && matcher(query)(doc) ? [doc] : []
    } else {
      if (scope.inTransaction) throw notSingleDocument()
      const match = matcher(query)
      const order = p.order === undefined ? {} : parseDoc(p.order, now)
      const offset = toCount(p.offset)
      const limit = Math.min(toCount(p.limit) || DEFAULT_LIMIT, MAX_LIMIT)
      if (Object.keys(order).length > 0) {
        docs = sortDocs(this.candidates(coll, query).filter(match), order).slice(
          offset,
          offset + limit,
        )
      } else {
        // Natural order: stop scanning as soon as the page is full.
        docs = []
        let skipped = 0
        for (const doc of this.candidates(coll, query)) {
          if (!match(doc)) continue
          if (skipped < offset) skipped++
          else if (docs.push(doc) >= limit) break
        }
      }
    }
    this.notify({
      collection: coll,
      via: 'get',
      filter: query,
      sort: p.order === undefined ? {} : parseDoc(p.order, now),
      returned: docs.length,
    })
    // mingo's projection deletes excluded nested paths in place: project copies of the page only.
    if (projection && Object.keys(projection).length > 0)
      docs = project(docs.map(isolatedCopy), projection)
    const data: Body = { list: docs.map(encode) }
    if (p.limit !== undefined) data.limit = p.limit
    if (p.offset !== undefined) data.offset = p.offset
    return { data }
  }

  private count(p: Params, now: number): Body {
    const coll = this.collection(p)
    const filter = parseDoc(p.query, now)
    const total = this.matches(coll, filter).length
    this.notify({ collection: coll, via: 'count', filter, sort: {}, returned: total })
    return { data: { total } }
  }

  /** Documents to test against a query: the one document when `_id` is an exact value. */
  private candidates(coll: string, query: Doc): Doc[] {
    const id = query._id
    if (typeof id === 'string' || typeof id === 'number') {
      const doc = this.store.get(coll, id)
      return doc ? [doc] : []
    }
    return this.store.values(coll)
  }

  private matches(coll: string, query: Doc): Doc[] {
    const candidates = this.candidates(coll, query)
    return Object.keys(query).length === 0 ? candidates : candidates.filter(matcher(query))
  }

  // ---- writes -----------------------------------------------------------------------------------

  private async insert(p: Params, now: number): Promise<Body> {
    const coll = this.collection(p)
    const scope = this.scope(p)
    const texts = Array.isArray(p.data) ? p.data : [p.data]
    const ops: WriteOp[] = []
    const ids: unknown[] = []
    const batch = new Set<unknown>()
    let failure: DbError | undefined
    for (const text of texts) {
      const data = parseDoc(text, now)
      assertStorable(data)
      const { _id: given, ...rest } = data
      const id = given === undefined ? newId() : given
      // Mongo's insertMany is ordered: documents before a duplicate are inserted, the rest are not.
      if (batch.has(id) || scope.read(coll, id) !== undefined) {
        failure = duplicateKey(coll, id)
        break
      }
      batch.add(id)
      ids.push(id)
      ops.push({ op: 'put', coll, doc: { _id: id, ...rest } })
    }
    await scope.commit(ops)
    if (failure) throw failure
    return { data: { insertedIds: ids } }
  }

  private async modify(p: Params, now: number): Promise<Body> {
    const coll = this.collection(p)
    const scope = this.scope(p)
    const query = parseDoc(p.query, now)
    const spec = parseDoc(p.data, now)
    const merge = p.merge !== false
    const targetId = this.docTarget(p, query, scope)
    let targets: Doc[]
    if (targetId !== undefined) {
      const doc = scope.read(coll, targetId)
      targets = doc && matcher(query)(doc) ? [doc] : []
    } else {
      targets = this.matches(coll, query)
      if (p.multi !== true) targets = targets.slice(0, 1)
    }
    this.notify({
      collection: coll,
      via: 'update',
      filter: query,
      sort: {},
      returned: targets.length,
    })
    const ops: WriteOp[] = []
    for (const doc of targets) {
      const next = merge
        ? applyUpdate(doc, spec)
        : { doc: replaceDocument(doc._id, spec), modified: false }
      if (!merge) next.modified = !sameDocument(doc, next.doc)
      if (next.modified) ops.push({ op: 'put', coll, doc: next.doc })
    }
    const data: Body = { updated: ops.length }
    if (targets.length === 0 && p.upsert === true) {
      const id = query._id ?? newId()
      const seeded = upsertSeed(query)
      const doc = merge ? applyUpdate({ ...seeded, _id: id }, spec).doc : replaceDocument(id, spec)
      ops.push({ op: 'put', coll, doc: { _id: id, ...doc } })
      data.upsert_id = id
    }
    await scope.commit(ops)
    return { data }
  }

  private async remove(p: Params, now: number): Promise<Body> {
    const coll = this.collection(p)
    const scope = this.scope(p)
    const query = parseDoc(p.query, now)
    const targetId = this.docTarget(p, query, scope)
    let targets: Doc[]
    if (targetId !== undefined) {
      const doc = scope.read(coll, targetId)
      targets = doc && matcher(query)(doc) ? [doc] : []
    } else {
      targets = this.matches(coll, query)
      if (p.multi === false) targets = targets.slice(0, 1)
    }
    this.notify({
      collection: coll,
      via: 'remove',
      filter: query,
      sort: {},
      returned: targets.length,
    })
    await scope.commit(targets.map((doc) => ({ op: 'del', coll, id: doc._id })))
    return { data: { deleted: targets.length } }
  }

  /** Query.updateAndReturn (findOneAndUpdate returning the new document). */
  private async modifyAndReturn(p: Params, now: number): Promise<Body> {
    const coll = this.collection(p)
    if (p.transactionId !== undefined) throw notSingleDocument()
    const spec = parseDoc(p.data, now)
    const filter = parseDoc(p.query, now)
    const [doc] = this.matches(coll, filter)
    this.notify({ collection: coll, via: 'update', filter, sort: {}, returned: doc ? 1 : 0 })
    if (!doc) return { data: { updated: 0, doc: null } }
    const next = applyUpdate(doc, spec)
    if (next.modified) await this.store.write([{ op: 'put', coll, doc: next.doc }])
    return { data: { updated: next.modified ? 1 : 0, doc: encode(next.doc) } }
  }

  // ---- aggregate --------------------------------------------------------------------------------

  private aggregate(p: Params, now: number): Body {
    const coll = this.collection(p)
    const stages = Array.isArray(p.stages) ? (p.stages as Array<Record<string, unknown>>) : []
    const pipeline: Doc[] = stages.map((s) => ({
      [String(s.stageKey)]: decode(String(s.stageValue), now),
    }))
    // A leading $match runs as a plain query (fast matcher, `_id` lookups); the rest runs in mingo.
    let rest = pipeline
    let input: Doc[]
    const first = pipeline[0]
    if (first && isPlainObject(first.$match) && Object.keys(first).length === 1) {
      input = this.matches(coll, first.$match)
      rest = pipeline.slice(1)
    } else {
      input = this.store.values(coll)
    }
    if (!pipeline.some((stage) => '$limit' in stage)) {
      rest = [...rest, { $limit: AGGREGATE_DEFAULT_LIMIT }]
    }
    // Stored documents are frozen and shared; every stage that may write into its input gets
    // copies of what flows into it (isolation.ts), $lookup'd documents and sub-pipelines included.
    const collectionResolver = (name: string): Doc[] => this.store.values(name)
    const out = new Aggregator(isolatedPipeline(rest), {
      collectionResolver,
      context: ISOLATION_CONTEXT,
      useGlobalContext: true,
    }).run(input) as Doc[]
    if (this.listeners.size > 0) {
      const leading = pipeline[0] && isPlainObject(pipeline[0].$match) ? pipeline[0].$match : {}
      const sortStage = pipeline.find((stage) => isPlainObject(stage.$sort))
      const sort = (sortStage?.$sort as Doc | undefined) ?? {}
      this.notify({
        collection: coll,
        via: 'aggregate',
        filter: leading,
        sort,
        returned: out.length,
      })
      for (const join of lookupsOf(pipeline)) {
        if (this.store.hasCollection(join.from)) {
          this.notify({
            collection: join.from,
            via: 'lookup',
            filter: join.filter,
            sort: join.sort,
          })
        }
      }
    }
    return { data: { list: out.slice(0, AGGREGATE_MAX).map(encode) } }
  }

  // ---- legacy per-document transaction actions ----------------------------------------------------
  // @cloudbase/database still ships transaction.js (getInTransaction / updateDocInTransaction /
  // deleteDocInTransaction) though its Db uses transaction/index.js, whose doc() operations send the
  // ordinary actions with a transactionId. Served for completeness with the shapes transaction.js reads.

  private legacyGet(p: Params): Body {
    const coll = this.collection(p)
    const doc = this.txs.scope(p.transactionId).read(coll, p._id)
    return { data: encode(doc ?? null) }
  }

  private async legacyUpdate(p: Params, now: number): Promise<Body> {
    const coll = this.collection(p)
    const scope = this.txs.scope(p.transactionId)
    const spec = parseDoc(p.data, now)
    const doc = scope.read(coll, p._id)
    const isUpdate = Object.keys(spec).some((k) => k.startsWith('$'))
    let updated = 0
    let upserted: string | undefined
    if (doc) {
      const next = isUpdate
        ? applyUpdate(doc, spec)
        : { doc: replaceDocument(doc._id, spec), modified: true }
      if (next.modified) {
        await scope.commit([{ op: 'put', coll, doc: next.doc }])
        updated = 1
      }
    } else if (p.upsert === true) {
      const created = isUpdate
        ? applyUpdate({ _id: p._id }, spec).doc
        : replaceDocument(p._id, spec)
      await scope.commit([{ op: 'put', coll, doc: created }])
      upserted = JSON.stringify([{ _id: p._id }])
    }
    return { updated: encode(updated), upserted }
  }

  private async legacyDelete(p: Params): Promise<Body> {
    const coll = this.collection(p)
    const scope = this.txs.scope(p.transactionId)
    const doc = scope.read(coll, p._id)
    if (doc) await scope.commit([{ op: 'del', coll, id: doc._id }])
    return { deleted: encode(doc ? 1 : 0) }
  }
}

/** A wire field holding an EJSON document (query, data, order, projection); absent = {}. */
function parseDoc(value: unknown, now: number): Doc {
  if (value === undefined || value === null || value === '') return {}
  const parsed = typeof value === 'string' ? decode(value, now) : value
  if (!isPlainObject(parsed)) throw invalidParam('expected a document')
  return parsed
}

function toCount(value: unknown): number {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0
}
