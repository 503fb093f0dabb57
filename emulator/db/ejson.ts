// MongoDB Extended JSON at the wire boundary, with the same bson build @cloudbase/database uses.
// Requests arrive as canonical EJSON strings ({"$numberInt":"1"}, {"$date":{...}}, ...); the engine
// keeps documents as plain JS values (numbers, Date, RegExp) so mingo can query them natively, and
// answers in relaxed EJSON, which the SDK parses back with EJSON.parse exactly as in production.
import type * as Bson from 'bson'
import { randomBytes } from 'node:crypto'
import { invalidParam } from './errors'
import { requireDatabaseSdk } from './modules'

const { EJSON, BSONRegExp } = requireDatabaseSdk<typeof Bson>('bson')

export type Doc = Record<string, unknown>
export type DocId = string | number

/** Parses one EJSON text from the wire into engine values (serverDate resolved against `now`). */
export function decode(text: string, now: number): unknown {
  return normalize(EJSON.parse(text, { relaxed: true }), now)
}

/** Like decode, for values that EJSON.parse already turned into JS (log/snapshot replay). */
export function decodeStored(text: string): unknown {
  return normalize(EJSON.parse(text, { relaxed: true }), 0)
}

/** Serialises an engine value the way the server answers (relaxed EJSON). */
export function encode(value: unknown): string {
  return EJSON.stringify(value as Bson.Document, { relaxed: true })
}

/**
 * Field names that would reach a JavaScript object's prototype machinery when used as a key or a
 * path segment (`photos.__proto__.status` writes into Object.prototype). No request may name them,
 * in a query, an update path or a document, at any depth.
 */
export const RESERVED_FIELD_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
])

/** Whether a key or dotted path names a reserved field anywhere along it. */
export function namesReservedField(key: string): boolean {
  return key.split('.').some((segment) => RESERVED_FIELD_NAMES.has(segment))
}

/**
 * `{$tcb_server_date:{offset}}` becomes the server's clock plus offset (this is what makes
 * db.serverDate() independent of the function's clock); bson regexps become JS RegExp so mingo
 * matches them. Keys that name a reserved field are refused here, before any code uses them.
 */
function normalize(value: unknown, now: number): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalize(value[i], now)
    return value
  }
  if (value instanceof BSONRegExp) return toRegExp(value.pattern, value.options)
  if (!isPlainObject(value)) return value
  const serverDate = value.$tcb_server_date
  if (serverDate !== undefined && Object.keys(value).length === 1) {
    const offset = isPlainObject(serverDate) ? Number(serverDate.offset ?? 0) : 0
    return new Date(now + offset)
  }
  for (const key of Object.keys(value)) {
    if (namesReservedField(key)) throw invalidParam(`field name "${key}" is not allowed`)
    value[key] = normalize(value[key], now)
  }
  return value
}

function toRegExp(pattern: string, options: string): RegExp {
  // JS knows i, m, s, u of Mongo's flags; 'x' (extended) and 'l' (locale) have no equivalent.
  return new RegExp(pattern, [...options].filter((f) => 'imsu'.includes(f)).join(''))
}

export function isPlainObject(value: unknown): value is Doc {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Deep, mutable copy of stored values; Dates are copied, other class instances (bson types) are
 * immutable. Keys are defined, never assigned, so no key can reach a prototype setter.
 */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (!isPlainObject(value)) return value
  const out: Doc = {}
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: clone(value[key]),
      writable: true,
      enumerable: true,
      configurable: true,
    })
  }
  return out as T
}

/**
 * Makes a stored document immutable, all the way down: whatever code later holds a reference to it
 * (mingo stages, a transaction's view, a test) cannot change what the store keeps. Strict-mode code
 * that tries gets a TypeError; sloppy-mode code (mingo's bundle) has its write ignored.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item)
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) deepFreeze(value[key])
  }
  return Object.freeze(value)
}

/** Map key of a document id: string ids as-is, numeric ids kept distinct from their string form. */
export function idKey(id: unknown): string {
  if (typeof id === 'string') return id
  if (typeof id === 'number') return `\u0001n:${id}`
  return `\u0001${encode({ id })}`
}

/** A new `_id` shaped like the console's: 32 lowercase hex characters. */
export function newId(): string {
  return randomBytes(16).toString('hex')
}

/** A request id like the server's, for error messages and the SDK's `requestId`. */
export function newRequestId(): string {
  return randomBytes(8).toString('hex')
}
