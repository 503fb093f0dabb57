import { z } from 'zod'

/**
 * Names that reach JavaScript's prototype machinery when used as an object key or as a segment of a
 * database field path (`photos.__proto__.status` writes into Object.prototype). A value the app
 * sends that may become a key or a path — every id, every code — is refused if it is one of these.
 */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype']

/** Whether a value may become an object key or one segment of a database field path. */
export function isPlainKey(value: string): boolean {
  return (
    value !== '' && !RESERVED_KEYS.includes(value) && !value.startsWith('$') && !value.includes('.')
  )
}

/** An id the app sends: letters, digits, `_` and `-`, `min`–`max` long, never a reserved name. */
export function plainId(min: number, max: number, message: string) {
  return z
    .string({ invalid_type_error: message })
    .regex(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}$`), message)
    .refine(isPlainKey, message)
}
