import { DEMO_IDENTITIES, type DemoIdentityKey } from '../../emulator/demo/identities'
import { seedDemoData } from '../../emulator/demo/seed'
import { callFunctionAs, localDatabase } from '../../emulator/local-cloud'
import type { Reply } from '../../types/errors'

/** Who a test calls as: a demo identity, any openid, or nobody (no WeChat identity at all). */
export type Who = DemoIdentityKey | { openid: string } | 'nobody'

function openidOf(who: Who): string {
  if (who === 'nobody') return ''
  if (typeof who === 'object') return who.openid
  const identity = DEMO_IDENTITIES.find((candidate) => candidate.key === who)
  if (!identity) throw new Error(`no demo identity ${who}`)
  return identity.openid
}

/** Calls a real cloud function through the emulator as `who`, the one way tests call functions. */
export async function call<T = unknown>(
  who: Who,
  fn: string,
  event: Record<string, unknown>,
): Promise<Reply<T> & { roundTrips: number }> {
  const { result, roundTrips } = await callFunctionAs(fn, event, { openid: openidOf(who) })
  return { ...(result as Reply<T>), roundTrips }
}

/** Like `call`, but fails the test unless the reply is ok; returns its data. */
export async function callOk<T = unknown>(
  who: Who,
  fn: string,
  event: Record<string, unknown>,
): Promise<T> {
  const reply = await call<T>(who, fn, event)
  if (!reply.ok)
    throw new Error(`${fn}.${String(event.action)} failed: ${reply.code} ${reply.message}`)
  return reply.data
}

/** When the tests' demo data was seeded: the demo's "this month" (its dues, for one) is 2026-11. */
export const DEMO_SEEDED_AT = new Date('2026-11-02T02:00:00Z')

export function seedDemo() {
  return seedDemoData(DEMO_SEEDED_AT)
}

/** Every document in every collection, to prove that a refused call wrote nothing. */
export function storeContents() {
  return localDatabase().dump()
}

/** The documents `work` changed (`collection/_id`): a before/after dump's answer, without the copies. */
export async function changesMadeBy(work: () => Promise<unknown>): Promise<string[]> {
  return (await localDatabase().changedBy(work)).map((difference) => difference.doc)
}

/**
 * Makes the store refuse every add to `collection` with a failure that is not a duplicate id (what a
 * server fault or a full quota looks like: DATABASE_REQUEST_FAILED, -502001), until the returned
 * function is called. For proving that such a failure is not taken for "already there".
 */
export function refuseAdds(collection: string): () => void {
  const db = localDatabase()
  const handle = db.handle
  db.handle = (api, params) =>
    api === 'database.insertDocument' &&
    (params as { collectionName?: unknown }).collectionName === collection
      ? Promise.resolve({
          code: 'DATABASE_REQUEST_FAILED',
          message: '[InternalError] The write was refused (injected by the test).',
          requestId: 'refused-by-test',
        })
      : handle.call(db, api, params)
  return () => {
    db.handle = handle
  }
}
