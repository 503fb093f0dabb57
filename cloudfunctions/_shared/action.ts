import type { z } from 'zod'
import type { AuditEntry } from './audit'
import type { Caller } from './caller'
import type { Database } from './cloud'
import type { Policy } from './policy'
import type { ActionSpec } from '../../types/contract'

export interface ActionContext {
  caller: Caller
  db: Database
  /** Appends to `audit`; every write and every admin read of member data calls it. */
  audit(entry: AuditEntry): Promise<void>
}

/** One action: schema → policy → handler, read top to bottom in its own file. */
export interface Action<Input, Output> {
  schema: z.ZodType<Input, z.ZodTypeDef, unknown>
  policy: Policy
  run(input: Input, context: ActionContext): Promise<Output>
}

export function defineAction<Input, Output>(action: Action<Input, Output>): Action<Input, Output> {
  return action
}

/** A function's action table must cover its action map in `types/` exactly, with matching types. */
export type ActionsFor<M> = {
  [K in keyof M]: M[K] extends ActionSpec<infer Input, infer Output> ? Action<Input, Output> : never
}
