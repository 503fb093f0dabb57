// The server's error answers. The transport hands a body with `code` to node-sdk's own
// processReturn, which throws it as a TcbError; wx-server-sdk then maps `code` to errCode
// (DATABASE_COLLECTION_NOT_EXIST → -502005, DATABASE_REQUEST_FAILED → -502001, ...), so callers see
// the production error objects. Messages imitate the server's "[Category] text" style.
export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export function collectionNotExist(name: string): DbError {
  return new DbError(
    'DATABASE_COLLECTION_NOT_EXIST',
    `[ResourceNotFound] Db or Table not exist: ${name}. Please check your request, but if the problem persists, contact us.`,
  )
}

export function duplicateKey(coll: string, id: unknown): DbError {
  return new DbError(
    'DATABASE_REQUEST_FAILED',
    `[FailedOperation] E11000 duplicate key error collection: ${coll} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
  )
}

export function transactionConflict(): DbError {
  // This code is the one runTransaction retries on (@cloudbase/database ERRORS.DATABASE_TRANSACTION_CONFLICT).
  return new DbError(
    'DATABASE_TRANSACTION_CONFLICT',
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.',
  )
}

export function transactionGone(id: unknown): DbError {
  return new DbError(
    'DATABASE_REQUEST_FAILED',
    `[ResourceNotFound.TransactionNotExist] Transaction ${String(id)} does not exist, has finished or expired.`,
  )
}

export function notSingleDocument(): DbError {
  return new DbError(
    'DATABASE_REQUEST_FAILED',
    '[OperationDenied] Only single-document operations (doc()) are allowed in a transaction.',
  )
}

export function invalidParam(message: string): DbError {
  return new DbError('INVALID_PARAM', message)
}
