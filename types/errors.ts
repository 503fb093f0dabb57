/** The closed set of error codes every cloud function may answer with (docs/ARCHITECTURE.md §3). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'CONTENT_RISKY',
  'UNKNOWN_ACTION',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface OkReply<T> {
  ok: true
  data: T
}

export interface ErrorReply {
  ok: false
  code: ErrorCode
  /** Chinese, says what to do next; never a stack trace. */
  message: string
}

export type Reply<T> = OkReply<T> | ErrorReply
