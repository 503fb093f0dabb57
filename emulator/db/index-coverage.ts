// Index coverage: which declared index serves a query, by MongoDB's prefix rule, and how many
// documents the server would examine through it. A query is served when its filter constrains the
// first key of an index (or, with no filter, its sort starts with the index's first key); `_id` is
// always indexed. Through the index the server examines the documents that match the filter's
// conditions on the index's usable prefix: equalities key by key, then at most one range.
// 参考文档：https://www.mongodb.com/docs/manual/core/indexes/index-types/index-compound/#index-prefixes
// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/index.html
import { type Doc, isPlainObject } from './ejson'
import type { ObservedQuery } from './observe'
import { matcher } from './query'

export interface DeclaredIndex {
  name: string
  keys: ReadonlyArray<readonly [string, 1 | -1]>
}

/** How a filter constrains each field: an equality ($eq, $in, a value) or a range (anything else). */
interface Shape {
  equals: Map<string, unknown>
  ranges: Map<string, unknown>
}

const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte', '$ne', '$nin', '$exists', '$regex'])

function addCondition(shape: Shape, field: string, condition: unknown): void {
  if (isPlainObject(condition) && Object.keys(condition).some((k) => k.startsWith('$'))) {
    const ops = Object.keys(condition)
    if (ops.every((op) => op === '$eq' || op === '$in')) shape.equals.set(field, condition)
    else if (ops.some((op) => RANGE_OPERATORS.has(op))) shape.ranges.set(field, condition)
    return
  }
  shape.equals.set(field, condition)
}

/** Fields compared to something inside `$expr`: `{ $eq: ['$field', …] }`, `{ $in: ['$field', …] }`. */
function addExpression(shape: Shape, expression: unknown): void {
  if (!isPlainObject(expression)) return
  for (const [op, args] of Object.entries(expression)) {
    if (op === '$and' && Array.isArray(args)) args.forEach((part) => addExpression(shape, part))
    if ((op === '$eq' || op === '$in') && Array.isArray(args)) {
      const [left] = args
      if (typeof left === 'string' && /^\$[^$]/.test(left))
        shape.equals.set(left.slice(1), undefined)
    }
  }
}

/** The shapes a filter can be served as: one, or one per branch of a top-level `$or`. */
export function shapesOf(filter: Doc): Shape[] {
  const shape: Shape = { equals: new Map(), ranges: new Map() }
  const branches: Doc[] = []
  const visit = (part: Doc) => {
    for (const [key, value] of Object.entries(part)) {
      if (key === '$and' && Array.isArray(value)) value.forEach((p) => isPlainObject(p) && visit(p))
      else if (key === '$or' && Array.isArray(value)) branches.push(...value.filter(isPlainObject))
      else if (key === '$expr') addExpression(shape, value)
      else if (!key.startsWith('$')) addCondition(shape, key, value)
    }
  }
  visit(filter)
  if (branches.length === 0) return [shape]
  return branches.map((branch) => {
    const [one] = shapesOf(branch)
    return {
      equals: new Map([...shape.equals, ...one.equals]),
      ranges: new Map([...shape.ranges, ...one.ranges]),
    }
  })
}

/** The index keys a shape can use: equality keys from the front, then at most one range key. */
function usablePrefix(shape: Shape, index: DeclaredIndex): string[] {
  const used: string[] = []
  for (const [field] of index.keys) {
    if (shape.equals.has(field)) used.push(field)
    else {
      if (shape.ranges.has(field)) used.push(field)
      break
    }
  }
  return used
}

export interface Coverage {
  /** The index that serves it, `_id_`, or undefined when it would scan the collection. */
  index?: string
  /** Documents the server examines through that index (the whole collection without one). */
  examined: number
}

export function coverageOf(query: ObservedQuery, indexes: readonly DeclaredIndex[]): Coverage {
  const all: DeclaredIndex[] = [{ name: '_id_', keys: [['_id', 1]] }, ...indexes]
  const sortFirst = Object.keys(query.sort)[0]
  let served: string | undefined
  let examined = 0
  for (const shape of shapesOf(query.filter)) {
    let best: { index: DeclaredIndex; prefix: string[] } | undefined
    for (const index of all) {
      const prefix = usablePrefix(shape, index)
      if (prefix.length > (best?.prefix.length ?? 0)) best = { index, prefix }
    }
    const noFilter = shape.equals.size === 0 && shape.ranges.size === 0
    if (!best && noFilter && sortFirst) {
      const bySort = all.find((index) => index.keys[0]?.[0] === sortFirst)
      if (bySort) best = { index: bySort, prefix: [] }
    }
    if (!best) return { examined: query.documents.length }
    served = served ?? best.index.name
    examined += countThrough(query.documents, shape, best.prefix)
  }
  return { index: served, examined }
}

/** Documents matching the filter's conditions on the used index keys (variables match anything). */
function countThrough(documents: readonly Doc[], shape: Shape, prefix: string[]): number {
  const conditions: Doc = {}
  for (const field of prefix) {
    const condition = shape.equals.get(field) ?? shape.ranges.get(field)
    if (condition === undefined || mentionsVariable(condition)) continue
    conditions[field] = condition
  }
  if (Object.keys(conditions).length === 0) return documents.length
  const test = matcher(conditions)
  return documents.filter((doc) => test(doc)).length
}

function mentionsVariable(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith('$$')
  if (Array.isArray(value)) return value.some(mentionsVariable)
  if (isPlainObject(value)) return Object.values(value).some(mentionsVariable)
  return false
}
