// Isolation for aggregation: mingo runs its stages over the objects it is given, and several stages
// write into them — `$project` with an excluded nested path deletes from the nested object (shared
// with the stored document after a `$lookup`), `$addFields`/`$set`/`$unset`/`$unwind` set or remove
// nested paths. Stored documents are frozen (store.ts), so such a write could not change the store,
// but it would silently fail in mingo's sloppy-mode code and give a wrong answer instead.
//
// So every stage that may write gets its own copies: the pipeline (and every sub-pipeline of
// `$lookup`, `$facet` and `$unionWith`) is rewritten to copy the documents flowing into any stage that
// is not known to leave its input alone. The stages that pass documents through untouched are read
// from mingo's source (operators/pipeline/*.js, mingo 6.7): they filter, reorder, count or build new
// output objects. Copies are made of what flows into a stage, so the cost follows the documents a
// query touches, not the size of the collection.
import { Context } from 'mingo'
import { type Doc, clone, isPlainObject } from './ejson'
import { COPY_STAGE } from './copy-stage'
import { indexedLookup } from './indexed-lookup'

/** Stages that never write into the documents they receive (checked against mingo 6.7's code). */
const PASS_THROUGH = new Set([
  '$match',
  '$sort',
  '$limit',
  '$skip',
  '$count',
  '$sortByCount',
  '$sample',
  '$group',
  '$lookup',
  '$facet',
  '$unionWith',
])

/** Documents copied for isolation since the process started, and the time it took (the bench). */
const copies = { documents: 0, nanoseconds: 0n }

/**
 * mingo options for an isolated run: the copy stage lives in a context of its own, on top of the
 * operators 'mingo/init/system' registered globally.
 */
export const ISOLATION_CONTEXT = Context.init().addPipelineOps({
  [COPY_STAGE]: ((collection: { map(fn: (doc: unknown) => unknown): unknown }) =>
    collection.map((doc) => isolatedCopy(doc))) as never,
  // mingo's answer, with the foreign documents narrowed by the join's equalities (indexed-lookup.ts).
  $lookup: indexedLookup as never,
})

/** A copy made for isolation, counted and timed. */
export function isolatedCopy<T>(doc: T): T {
  const started = process.hrtime.bigint()
  const copy = clone(doc)
  copies.documents += 1
  copies.nanoseconds += process.hrtime.bigint() - started
  return copy
}

export function copiesSoFar(): { documents: number; ms: number } {
  return { documents: copies.documents, ms: Number(copies.nanoseconds) / 1e6 }
}

/**
 * `$project`, `$addFields`/`$set`, `$unset` and a plain `$unwind` write only into the shallow copy
 * they make of each document when every field they name is a top-level one (mingo copies
 * `{ ...doc }` and sets or removes keys on it); a dotted path or a nested sub-projection reaches into
 * shared nested objects.
 */
const SHALLOW_WHEN_FLAT = new Set(['$project', '$addFields', '$set', '$unset', '$unwind'])

function isFlat(name: string, spec: unknown): boolean {
  if (name === '$unwind') {
    // One top-level array field, plain: mingo builds `{ ...doc, [field]: item }` per element. The
    // options write into the input (includeArrayIndex) or remove from it (preserveNullAndEmptyArrays).
    const path = typeof spec === 'string' ? spec : isPlainObject(spec) ? spec.path : undefined
    const plain =
      typeof spec === 'string' || (isPlainObject(spec) && Object.keys(spec).length === 1)
    return plain && typeof path === 'string' && /^\$[^.$]+$/.test(path)
  }
  if (name === '$unset') {
    const fields = Array.isArray(spec) ? spec : [spec]
    return fields.every((field) => typeof field === 'string' && !field.includes('.'))
  }
  if (!isPlainObject(spec)) return false
  return Object.entries(spec).every(([key, value]) => {
    if (key.includes('.')) return false
    // A plain object in $project is a sub-projection of a nested document; an operator is not.
    const subProjection =
      name === '$project' &&
      isPlainObject(value) &&
      !Object.keys(value).some((k) => k.startsWith('$'))
    return !subProjection
  })
}

function passesThrough(name: string, spec: unknown): boolean {
  return PASS_THROUGH.has(name) || (SHALLOW_WHEN_FLAT.has(name) && isFlat(name, spec))
}

/** The pipeline with a copy stage before every stage that may write into its input. */
export function isolatedPipeline(stages: Doc[]): Doc[] {
  const out: Doc[] = []
  for (const stage of stages) {
    const [name] = Object.keys(stage)
    if (!passesThrough(name, stage[name])) out.push({ [COPY_STAGE]: {} })
    out.push(withIsolatedSubPipelines(name, stage))
  }
  return out
}

function withIsolatedSubPipelines(name: string, stage: Doc): Doc {
  const spec = stage[name]
  if (!isPlainObject(spec)) return stage
  if ((name === '$lookup' || name === '$unionWith') && Array.isArray(spec.pipeline)) {
    return { [name]: { ...spec, pipeline: isolatedPipeline(spec.pipeline as Doc[]) } }
  }
  if (name === '$facet') {
    const facets: Doc = {}
    for (const [key, pipeline] of Object.entries(spec)) {
      facets[key] = Array.isArray(pipeline) ? isolatedPipeline(pipeline as Doc[]) : pipeline
    }
    return { $facet: facets }
  }
  return stage
}
