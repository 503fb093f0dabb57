// Pure document transformations shared by plain writes and transactions: Mongo update operators
// (via mingo's updater, which handles dotted paths, $inc, $push/$each/$position, $pull, $unset, ...),
// whole-document replacement (`doc().set()`), and the seed document of an upsert.
import { createUpdater } from 'mingo'
import { DbError } from './errors'
import { type Doc, clone, encode, isPlainObject } from './ejson'

// 'deep' so a value from one multi-document update is never shared between stored documents.
const mingoUpdate = createUpdater({ cloneMode: 'deep' })

const ARRAY_REMOVERS = new Set(['$pull', '$pullAll', '$pop'])

export interface Updated {
  doc: Doc
  modified: boolean
}

/** Positional update operators Mongo accepts as a path segment: `$`, `$[]`, `$[identifier]`. */
const POSITIONAL = /^\$(\[([a-z][A-Za-z0-9]*)?\])?$/
/** Operators whose argument values are stored as given (or, with `$each`, element by element). */
const STORING = new Set(['$set', '$setOnInsert', '$push', '$addToSet'])

function notStorable(message: string): DbError {
  return new DbError('DATABASE_REQUEST_FAILED', `[InvalidParameter] ${message}`)
}

/**
 * A value may be stored only if none of its field names starts with `$` or contains a `.`
 * (MongoDB refuses `$`-prefixed names "for storage"; dotted names would be read back as paths).
 * Reserved names (`__proto__`, …) never get this far: decoding refuses them.
 */
export function assertStorable(value: unknown, at = ''): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertStorable(item, `${at}.${i}`))
    return
  }
  if (!isPlainObject(value)) return
  for (const key of Object.keys(value)) {
    const path = at ? `${at}.${key}` : key
    if (key === '' || key.startsWith('$') || key.includes('.')) {
      throw notStorable(`The field name '${key}' in '${path}' is not valid for storage.`)
    }
    assertStorable(value[key], path)
  }
}

/** An update path: dotted segments, none empty, none `$`-prefixed except positional operators. */
function assertUpdatePath(path: string): void {
  for (const segment of path.split('.')) {
    if (segment === '' || (segment.startsWith('$') && !POSITIONAL.test(segment))) {
      throw notStorable(`The update path '${path}' contains an empty or '$'-prefixed field name.`)
    }
  }
}

function assertStorableArgument(op: string, value: unknown, path: string): void {
  if (!STORING.has(op)) return
  if ((op === '$push' || op === '$addToSet') && isPlainObject(value) && '$each' in value) {
    assertStorable(value.$each, path)
    return
  }
  assertStorable(value, path)
}

/** Applies an update document ({$set, $inc, ...}) to a copy of `doc`; `modified` as Mongo's nModified. */
export function applyUpdate(doc: Doc, spec: Doc): Updated {
  const keys = Object.keys(spec)
  const operators = keys.filter((k) => k.startsWith('$'))
  if (operators.length > 0 && operators.length !== keys.length) {
    throw new DbError('DATABASE_INVALID_OPERRATOR', 'Update document mixes operators and fields')
  }
  // merge without operators (never sent by the SDK, which always wraps fields in $set) = $set.
  const expr: Doc = operators.length === 0 ? { $set: spec } : spec
  for (const op of Object.keys(expr)) {
    const args = expr[op]
    if (!isPlainObject(args)) continue
    for (const [path, value] of Object.entries(args)) {
      assertUpdatePath(path)
      if (op === '$rename' && typeof value === 'string') assertUpdatePath(value)
      assertStorableArgument(op, value, path)
    }
  }
  const next = clone(doc)
  let modified = false
  for (const op of Object.keys(expr)) {
    const args = expr[op]
    if (!isPlainObject(args)) {
      throw new DbError(
        'DATABASE_INVALID_OPERRATOR',
        `Modifiers operate on fields but ${op} got a non-object`,
      )
    }
    if (Object.keys(args).some((path) => path === '_id' || path.startsWith('_id.'))) {
      throw new DbError(
        'DATABASE_REQUEST_FAILED',
        "Performing an update on the path '_id' would modify the immutable field '_id'",
      )
    }
    // Mongo treats $pull/$pullAll/$pop of a missing field as a no-op; mingo throws on it.
    const present = ARRAY_REMOVERS.has(op)
      ? Object.fromEntries(
          Object.entries(args).filter(([path]) => valueAt(next, path) !== undefined),
        )
      : args
    if (Object.keys(present).length === 0) continue
    try {
      // mingo's updater takes one operator per call; Mongo applies them in document order too.
      const expression = { [op]: present } as unknown as Parameters<typeof mingoUpdate>[1]
      if (mingoUpdate(next, expression).length > 0) modified = true
    } catch (e) {
      throw new DbError('DATABASE_INVALID_OPERRATOR', (e as Error).message)
    }
  }
  return { doc: next, modified }
}

/** `doc().set(data)`: the whole document is replaced, `_id` kept first like Mongo does. */
export function replaceDocument(id: unknown, data: Doc): Doc {
  if (Object.keys(data).some((k) => k.startsWith('$'))) {
    throw new DbError(
      'DATABASE_REQUEST_FAILED',
      'The replacement document must not contain update operators',
    )
  }
  const { _id: _ignored, ...rest } = data
  assertStorable(rest)
  return { _id: id, ...clone(rest) }
}

/** Equality fields of a query become the fields of an upserted document (Mongo's upsert rule). */
export function upsertSeed(query: Doc): Doc {
  const seed: Doc = {}
  const visit = (q: Doc) => {
    for (const [key, value] of Object.entries(q)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const part of value) if (isPlainObject(part)) visit(part)
        continue
      }
      if (key.startsWith('$') || value instanceof RegExp) continue
      if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        if ('$eq' in value) setPath(seed, key, clone(value.$eq))
        continue
      }
      setPath(seed, key, clone(value))
    }
  }
  visit(query)
  return seed
}

function valueAt(doc: Doc, path: string): unknown {
  let node: unknown = doc
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

function setPath(target: Doc, path: string, value: unknown): void {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {}
    node = node[part] as Doc
  }
  node[parts[parts.length - 1]] = value
}

/** Same content? Used for replacements, where Mongo reports nModified 0 for an identical document. */
export function sameDocument(a: Doc, b: Doc): boolean {
  return encode(a) === encode(b)
}
