// What a query asked of a collection, as the engine ran it: the collection, the filter, the sort and
// how many documents it answered. Tests and the bench listen (LocalDatabase.observeQueries) to check
// that every query production runs is served by a declared index (emulator/db/index-coverage.ts) and
// to count the documents an index would make the server examine.
import { type Doc, isPlainObject } from './ejson'

export interface ObservedQuery {
  collection: string
  /** get / count / update / remove / aggregate ($match first), or a $lookup inside a pipeline. */
  via: 'get' | 'count' | 'update' | 'remove' | 'aggregate' | 'lookup'
  filter: Doc
  sort: Doc
  /** Documents answered (matched for writes and counts); undefined for $lookup joins. */
  returned?: number
  /** The collection's documents at the time, to count what an index would examine. */
  documents: readonly Doc[]
}

export type QueryListener = (query: ObservedQuery) => void

/**
 * The joins of a pipeline as queries on their `from` collections: `localField/foreignField` is an
 * equality on the foreign field; a sub-pipeline is served by its first `$match` (fields compared to
 * variables with `$eq`/`$in` inside `$expr` count as equalities, as in MongoDB 5+), then its `$sort`.
 */
export function lookupsOf(pipeline: Doc[]): Array<{ from: string; filter: Doc; sort: Doc }> {
  const out: Array<{ from: string; filter: Doc; sort: Doc }> = []
  for (const stage of pipeline) {
    const spec = stage.$lookup ?? stage.$unionWith
    if (isPlainObject(spec) && typeof spec.from === 'string') {
      const sub = Array.isArray(spec.pipeline) ? (spec.pipeline as Doc[]) : []
      const match = sub[0] && isPlainObject(sub[0].$match) ? (sub[0].$match as Doc) : {}
      const sortStage = sub.find((s) => isPlainObject(s.$sort))
      const filter: Doc = { ...match }
      if (typeof spec.foreignField === 'string') filter[spec.foreignField] = { $eq: '$$local' }
      out.push({ from: spec.from, filter, sort: (sortStage?.$sort as Doc) ?? {} })
      out.push(...lookupsOf(sub))
    }
    if (isPlainObject(stage.$facet)) {
      for (const sub of Object.values(stage.$facet))
        if (Array.isArray(sub)) out.push(...lookupsOf(sub))
    }
  }
  return out
}
