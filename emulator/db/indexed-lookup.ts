// `$lookup` with `let` and a sub-pipeline, as the functions write their joins (a member's 党费 entries,
// a meeting's attendance): mingo 6.7 runs the whole sub-pipeline over the whole foreign collection
// for every input document (operators/pipeline/lookup.js), so a join costs input × collection
// expression evaluations — what an index spares the real database. This stage narrows the foreign
// documents first, by the equalities the sub-pipeline's leading `$match: { $expr }` requires between
// a foreign field and a `let` variable, and then runs the same sub-pipeline on them: the answer is
// mingo's, the work follows the documents that can match. Any other `$lookup` is mingo's own.
import { Aggregator } from 'mingo'
import { COPY_STAGE } from './copy-stage'
import { type Doc, isPlainObject } from './ejson'

/** What mingo hands a pipeline operator (mingo/core's Options, the fields used here). */
interface Options {
  collectionResolver?: (name: string) => Doc[]
  variables?: Readonly<Record<string, unknown>>
}

// mingo's own modules, by the path its exports name: this project's moduleResolution reads no
// `exports` types, and these are the instances 'mingo' itself loads (cjs/core.js, cjs/operators).
const here = require as unknown as NodeJS.Require
const { computeValue } = here('mingo/core') as {
  computeValue: (obj: unknown, expr: unknown, operator: null, options: Options) => unknown
}
const { $lookup: mingoLookup } = here('mingo/operators/pipeline') as {
  $lookup: (collection: unknown, spec: unknown, options: Options) => unknown
}

/** A foreign field the sub-pipeline requires equal to a `let` variable. */
interface Equality {
  foreignPath: string
  variable: string
}

/** `{ $eq: ['$field', '$$var'] }` (either order) → the pair, or null. */
function equalityOf(condition: unknown): Equality | null {
  if (!isPlainObject(condition) || Object.keys(condition).length !== 1) return null
  const operands = condition.$eq
  if (!Array.isArray(operands) || operands.length !== 2) return null
  const [a, b] = operands
  const field = (value: unknown) =>
    typeof value === 'string' && /^\$[^$]/.test(value) ? value.slice(1) : null
  const variable = (value: unknown) =>
    typeof value === 'string' && /^\$\$[A-Za-z_]\w*$/.test(value) ? value.slice(2) : null
  if (field(a) && variable(b)) return { foreignPath: field(a)!, variable: variable(b)! }
  if (variable(a) && field(b)) return { foreignPath: field(b)!, variable: variable(a)! }
  return null
}

/** The equalities the sub-pipeline's first stage requires of every document it lets through. */
export function requiredEqualities(spec: Doc): Equality[] {
  if (typeof spec.from !== 'string' || !isPlainObject(spec.let)) return []
  if (spec.localField !== undefined || spec.foreignField !== undefined) return []
  const [first] = Array.isArray(spec.pipeline) ? (spec.pipeline as Doc[]) : []
  if (!isPlainObject(first) || Object.keys(first).length !== 1 || !isPlainObject(first.$match)) {
    return []
  }
  const match = first.$match
  if (Object.keys(match).length !== 1 || !isPlainObject(match.$expr)) return []
  const expr = match.$expr
  const conditions = Array.isArray(expr.$and) && Object.keys(expr).length === 1 ? expr.$and : [expr]
  const lets = spec.let
  return conditions
    .map(equalityOf)
    .filter((pair): pair is Equality => pair !== null && pair.variable in lets)
}

/** A document's value at a dotted path, or undefined where the path does not lead to one. */
function valueAt(doc: unknown, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.')) {
    if (!isPlainObject(value)) return undefined
    value = value[key]
  }
  return value
}

/**
 * Foreign documents by the string values of the required fields. A document whose value there is
 * not a string is kept apart and always offered: the narrowing only ever skips documents that could
 * not satisfy the `$eq` (a string equals only the same string).
 */
function indexBy(docs: Doc[], paths: string[]) {
  const keyed = new Map<string, Doc[]>()
  const always: Doc[] = []
  for (const doc of docs) {
    const values = paths.map((path) => valueAt(doc, path))
    if (!values.every((value) => typeof value === 'string')) {
      always.push(doc)
      continue
    }
    const key = JSON.stringify(values)
    const bucket = keyed.get(key)
    if (bucket) bucket.push(doc)
    else keyed.set(key, [doc])
  }
  return { keyed, always }
}

/**
 * Stages that answer nothing for no input, whatever the variables: a join none of whose foreign
 * documents can match answers [] without running. (`$group`, `$count`, `$facet`, `$unionWith` and
 * the like are run: some answer something for nothing.)
 */
const EMPTY_STAYS_EMPTY = new Set([
  '$match',
  '$project',
  '$addFields',
  '$set',
  '$unset',
  '$sort',
  '$limit',
  '$skip',
  '$unwind',
  '$lookup',
  COPY_STAGE,
])

type Collection = { map<T>(fn: (doc: Doc) => T): T[] } & Iterable<Doc>

/** The `$lookup` stage for ISOLATION_CONTEXT (engine.ts): narrowed where it can be, mingo's otherwise. */
export function indexedLookup(collection: Collection, spec: Doc, options: Options): unknown {
  const equalities = requiredEqualities(spec)
  const resolver = options.collectionResolver
  if (equalities.length === 0 || !resolver) {
    return mingoLookup(collection, spec, options)
  }
  const foreign = resolver(spec.from as string) as Doc[]
  const { keyed, always } = indexBy(
    foreign,
    equalities.map((pair) => pair.foreignPath),
  )
  // One aggregator per stage, run per document with its variables (as mingo's own $lookup does):
  // building one per document re-copies every operator table.
  const aggregator = new Aggregator(spec.pipeline as Doc[], options)
  const as = spec.as as string
  const emptyStaysEmpty = (spec.pipeline as Doc[]).every((stage) =>
    EMPTY_STAYS_EMPTY.has(Object.keys(stage)[0]),
  )
  return collection.map((doc) => {
    const variables = computeValue(doc, spec.let, null, options) as Record<string, unknown>
    const values = equalities.map((pair) => variables[pair.variable])
    const candidates = values.every((value) => typeof value === 'string')
      ? [...(keyed.get(JSON.stringify(values)) ?? []), ...always]
      : foreign
    if (candidates.length === 0 && emptyStaysEmpty) return { ...doc, [as]: [] }
    const joined = aggregator.run(candidates, {
      ...options,
      variables: { ...options.variables, ...variables },
    } as never)
    return { ...doc, [as]: joined }
  })
}
