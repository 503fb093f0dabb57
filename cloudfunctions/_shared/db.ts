import type { Database } from './cloud'
import type { CollectionName } from './collections'

/**
 * The SDK types `get()`/`end()` as `string | void | Result` because of its callback overloads; with
 * promises the result is always the object. These read it once, typed, so actions never cast.
 */
interface QueryReply {
  data: unknown[]
}
interface AggregateReply {
  list: unknown[]
}

export async function rows<T>(query: unknown): Promise<T[]> {
  return ((await query) as QueryReply).data as T[]
}

export async function aggregateRows<T>(pipeline: unknown): Promise<T[]> {
  return ((await pipeline) as AggregateReply).list as T[]
}

/**
 * `$.pipeline()` (for `lookup` with a pipeline) and `_.expr()` exist in the SDK at runtime but its
 * typings omit them. 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/aggregate/Aggregate.lookup.html
 */
export interface PipelineBuilder {
  match(query: unknown): PipelineBuilder
  project(fields: Record<string, unknown>): PipelineBuilder
  sort(fields: Record<string, 1 | -1>): PipelineBuilder
  group(fields: Record<string, unknown>): PipelineBuilder
  lookup(spec: Record<string, unknown>): PipelineBuilder
  unwind(field: string): PipelineBuilder
  limit(count: number): PipelineBuilder
  done(): unknown
}

export function pipelineTools(db: { command: unknown }) {
  const command = db.command as {
    expr(expression: unknown): unknown
    aggregate: { pipeline(): PipelineBuilder }
  }
  return { expr: command.expr.bind(command), pipeline: () => command.aggregate.pipeline() }
}

/**
 * Whether a failed add was refused because a document with that `_id` exists. wx-server-sdk maps the
 * server's `DATABASE_REQUEST_FAILED` to errCode -502001, which also covers other failures, so the
 * message decides: Mongo's `E11000 duplicate key` (what the server and the emulator say), or CloudBase's
 * own `DATABASE_DUPLICATE_WRITE` (which wx-server-sdk passes on as -501001 with the text kept).
 * 参考文档：https://docs.cloudbase.net/en/error-code/DATABASE_DUPLICATE_WRITE
 */
export function isDuplicateId(error: unknown): boolean {
  const { errMsg, message, code } = (error ?? {}) as Record<string, unknown>
  return /E11000|duplicate key|DATABASE_DUPLICATE_WRITE/i.test(
    [errMsg, message, code].map((part) => String(part ?? '')).join(' '),
  )
}

/**
 * Adds `doc` unless a document with its `_id` exists: `'exists'` when one does (a retry, a double tap,
 * a concurrent call), and every other failure is thrown as it came, never taken for "already there".
 */
export async function addOnce<T extends { _id: string }>(
  db: Database,
  collection: CollectionName,
  doc: T,
): Promise<'added' | 'exists'> {
  try {
    await db.collection(collection).add({ data: doc })
    return 'added'
  } catch (error) {
    if (isDuplicateId(error)) return 'exists'
    throw error
  }
}

interface UpdateReply {
  stats: { updated: number }
}
interface CountReply {
  total: number
}

/** How many documents an `update()` changed (its typings allow a callback's `void`). */
export async function updatedCount(write: unknown): Promise<number> {
  return ((await write) as UpdateReply).stats.updated
}

/** The `total` of a `count()`. */
export async function countOf(query: unknown): Promise<number> {
  return ((await query) as CountReply).total
}
