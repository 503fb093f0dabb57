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
