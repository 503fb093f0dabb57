/**
 * A value stored under `key` in a record read from the database — only the record's own, never one
 * inherited from Object.prototype (`photos['__proto__']` is Object.prototype itself, `constructor`
 * a function). Use it wherever a key comes from a request.
 */
export function ownEntry<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

/** Sets an own key the way JSON.parse does: a key named `__proto__` stays a plain field. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  })
}
