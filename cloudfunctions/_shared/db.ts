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
