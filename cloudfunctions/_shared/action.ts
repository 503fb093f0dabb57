import type { z } from 'zod'
import type { AuditEntry } from './audit'
import type { Caller } from './caller'
import type { Database } from './cloud'
import type { OrgGrant, Policy } from './policy'
import type { ActionSpec } from '../../types/contract'

export interface ActionContext {
  caller: Caller
  db: Database
  /**
   * Set when the action's policy is an org or record policy: the org and the caller's standing there
   * (null for a record policy's `guestFirst` guest).
   */
  grant: OrgGrant | null
  /** What a record policy loaded (undefined for other policies); read it with `recordOf`. */
  record: unknown
  /** Appends to `audit`; every write and every admin read of member data calls it. */
  audit(entry: AuditEntry): Promise<void>
}

/** The org grant of an action whose policy is an org policy. */
export function grantOf(context: ActionContext): OrgGrant {
  if (!context.grant) throw new Error('grantOf() in an action without an org policy')
  return context.grant
}

/**
 * The record a record policy loaded. `R` is the type its policy's `load` returns: each domain wraps
 * this once beside its policy (e.g. meeting's `loadedMeeting`), so actions never name the type.
 */
export function recordOf<R>(context: ActionContext): R {
  if (context.record === undefined)
    throw new Error('recordOf() in an action without a record policy')
  return context.record as R
}

/** One action: schema → policy → handler, read top to bottom in its own file. */
export interface Action<Input, Output> {
  schema: z.ZodType<Input, z.ZodTypeDef, unknown>
  /**
   * A read: it changes nothing in the database but the audit trail, which it may only append to
   * (test/functions/reads-change-nothing.test.ts proves it for every read of every function).
   */
  readOnly?: true
  /** The input's type comes from the schema alone; a shared policy (e.g. `byMeeting`) fits it. */
  policy: Policy<NoInfer<Input>>
  run(input: Input, context: ActionContext): Promise<Output>
}

export function defineAction<Input, Output>(action: Action<Input, Output>): Action<Input, Output> {
  return action
}

/** A function's action table must cover its action map in `types/` exactly, with matching types. */
export type ActionsFor<M> = {
  [K in keyof M]: M[K] extends ActionSpec<infer Input, infer Output> ? Action<Input, Output> : never
}
