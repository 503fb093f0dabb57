// Query execution helpers around mingo: a matcher with a fast path for the common shape
// `where({ orgId, status })` (plain top-level equalities, which mingo's general evaluator makes ~10x
// slower over a whole collection), Mongo's sort order, and projection of the returned page only.
import { Query } from 'mingo'
import { type Doc, encode, isPlainObject } from './ejson'

export type Matcher = (doc: Doc) => boolean

type Scalar = string | number | boolean

/** A predicate equivalent to mingo's `new Query(query).test`. */
export function matcher(query: Doc): Matcher {
  const keys = Object.keys(query)
  if (keys.length === 0) return () => true
  let general: Query | undefined
  const test: Matcher = (doc) => (general ??= new Query(query)).test(doc)
  const simple = keys.every((k) => !k.startsWith('$') && !k.includes('.') && isScalar(query[k]))
  if (!simple) return test
  const pairs = keys.map((k) => [k, query[k] as Scalar] as const)
  return (doc) => {
    for (const [key, value] of pairs) {
      const actual = doc[key]
      if (actual === value) continue
      // Arrays match if an element equals the value: let mingo decide those (rare) documents.
      if (Array.isArray(actual)) return test(doc)
      return false
    }
    return true
  }
}

function isScalar(value: unknown): value is Scalar {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && !Number.isNaN(value))
  )
}

/** Stable sort by an orderBy spec ({field: 1 | -1, ...}) in MongoDB's cross-type order. */
export function sortDocs(docs: Doc[], order: Doc): Doc[] {
  const fields = Object.entries(order).map(([path, dir]) => ({
    path,
    dir: Number(dir) < 0 ? -1 : 1,
  }))
  if (fields.length === 0) return docs
  const rows = docs.map((doc) => ({
    doc,
    keys: fields.map((f) => sortKey(getPath(doc, f.path), f.dir)),
  }))
  rows.sort((a, b) => {
    for (let i = 0; i < fields.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i])
      if (c !== 0) return c * fields[i].dir
    }
    return 0
  })
  return rows.map((r) => r.doc)
}

/** Applies a projection to the page being returned (mingo implements Mongo's projection rules). */
export function project(docs: Doc[], projection: Doc | undefined): Doc[] {
  if (!projection || Object.keys(projection).length === 0 || docs.length === 0) return docs
  return new Query({}).find<Doc>(docs, projection).all()
}

/** Value at a dotted path; through arrays it collects the elements' values, as Mongo does. */
function getPath(value: unknown, path: string): unknown {
  let current: unknown = value
  for (const part of path.split('.')) {
    if (Array.isArray(current)) {
      const index = /^\d+$/.test(part) ? Number(part) : -1
      current = index >= 0 ? current[index] : current.map((item) => getPath(item, part)).flat()
    } else if (isPlainObject(current)) {
      current = current[part]
    } else {
      return undefined
    }
  }
  return current
}

/** An array sorts by its smallest element ascending and its largest descending (Mongo's rule). */
function sortKey(value: unknown, dir: number): unknown {
  if (!Array.isArray(value) || value.length === 0) return value
  return value.reduce((best, item) => (compareValues(item, best) * dir > 0 ? item : best))
}

// BSON comparison order: null/missing < numbers < strings < objects < arrays < ObjectId < booleans < dates < regexps.
function rank(value: unknown): number {
  if (value === null || value === undefined) return 1
  if (typeof value === 'number' || typeof value === 'bigint') return 2
  if (typeof value === 'string') return 3
  if (Array.isArray(value)) return 5
  if (typeof value === 'boolean') return 8
  if (value instanceof Date) return 9
  if (value instanceof RegExp) return 11
  if (isPlainObject(value)) return 4
  return (value as { _bsontype?: string })._bsontype === 'ObjectID' ||
    (value as { _bsontype?: string })._bsontype === 'ObjectId'
    ? 7
    : 4
}

export function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a)
  const rb = rank(b)
  if (ra !== rb) return ra - rb
  switch (ra) {
    case 1:
      return 0
    case 2:
    case 9: {
      const x = Number(a)
      const y = Number(b)
      return x < y ? -1 : x > y ? 1 : 0
    }
    case 3:
    case 8:
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0
    default: {
      const x = encode({ v: a })
      const y = encode({ v: b })
      return x < y ? -1 : x > y ? 1 : 0
    }
  }
}
