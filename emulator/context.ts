import { AsyncLocalStorage } from 'node:async_hooks'
import type { SOURCES } from './platform/context'

/**
 * One cloud-function invocation as the emulator sees it. Identity lives here, not in process.env, so
 * concurrent calls in one process never see each other's OPENID.
 */
export interface CallScope {
  openid: string
  appid: string
  unionid: string
  /**
   * What `getWXContext().SOURCE` reports (emulator/platform/context.ts): 'wx_client' for app calls,
   * 'wx_trigger' for timers, the caller's SOURCE plus ',scf' for a call from another function.
   */
  source: (typeof SOURCES)[keyof typeof SOURCES] | string
  functionName: string
  clientIp: string
  /** Database round trips made in this call (and in functions it called). */
  roundTrips: number
}

const scopes = new AsyncLocalStorage<CallScope>()

export function runInScope<T>(scope: CallScope, run: () => Promise<T>): Promise<T> {
  return scopes.run(scope, run)
}

export function currentScope(): CallScope | undefined {
  return scopes.getStore()
}

/** Called by the database transport once per request that would go over the network in production. */
export function countRoundTrip(): void {
  const scope = scopes.getStore()
  if (scope) scope.roundTrips += 1
  totalRoundTrips += 1
}

let totalRoundTrips = 0

/** Round trips since the process started, across all scopes (benchmarks read differences of this). */
export function roundTripsSoFar(): number {
  return totalRoundTrips
}
