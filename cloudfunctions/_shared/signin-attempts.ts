import type { AuditEntry } from './audit'
import type { Database } from './cloud'
import { ActionError, invalidArgument } from './errors'
import { isValidSignInCode } from './signin-code'
import { countOf } from './db'
import { MINUTE_MS } from '../../types/time'

/**
 * One check for every rotating code a person types or scans — meeting sign-in and activity check-in:
 * the same attempt limit, the same refusals and the same messages. Each wrong code is an audit row
 * (`meeting.signInRefused`, `activity.checkInRefused`), so the count survives cold starts and needs no collection of its own; the
 * audit index `target action actor -at` serves the count (deploy/manifest.ts).
 */

/** Wrong codes allowed per person and meeting/activity in 10 minutes: enough for typos, far too few to guess. */
export const MAX_WRONG_CODES = 5
export const WRONG_CODE_WINDOW_MS = 10 * MINUTE_MS

export const WRONG_CODE_MESSAGE = '签到码不正确或已过期，请输入主持人手机上显示的最新签到码'
export const LOCKED_OUT_MESSAGE = '签到码输错次数太多，请 10 分钟后再试'

/** Whose wrong codes count: one person at one meeting or activity. */
export interface SignInAttemptScope {
  /** The audit action a wrong code is recorded under, e.g. `meeting.signInRefused`. */
  refusedAction: string
  /** The meeting or activity id. */
  target: string
  actor: string
  now: Date
}

/** The audit rows of the scope's wrong codes in the window (constants only, so the index serves it). */
export function wrongCodesFilter(db: Database, scope: SignInAttemptScope) {
  return {
    action: scope.refusedAction,
    target: scope.target,
    actor: scope.actor,
    at: db.command.gte(new Date(scope.now.getTime() - WRONG_CODE_WINDOW_MS)),
  }
}

/** How many wrong codes the person typed lately, for a caller that cannot join it into its own read. */
export async function countWrongCodes(db: Database, scope: SignInAttemptScope): Promise<number> {
  return countOf(db.collection('audit').where(wrongCodesFilter(db, scope)).count())
}

export interface SignInAttempt extends Omit<SignInAttemptScope, 'actor'> {
  orgId: string
  secret: string
  code: string
  /** From `wrongCodesFilter`/`countWrongCodes`, read before this check. */
  recentWrongCodes: number
  /** What else the person can do while locked out, e.g. `或请书记代为签到`. */
  otherwise?: string
}

/**
 * Refuses a locked-out person (even with the right code) with RATE_LIMITED, and a wrong or expired
 * code with INVALID_ARGUMENT after recording it; returns when the code is right.
 */
export async function requireValidSignInCode(
  attempt: SignInAttempt,
  audit: (entry: AuditEntry) => Promise<void>,
): Promise<void> {
  if (attempt.recentWrongCodes >= MAX_WRONG_CODES) {
    const otherwise = attempt.otherwise ? `，${attempt.otherwise}` : ''
    throw new ActionError('RATE_LIMITED', `${LOCKED_OUT_MESSAGE}${otherwise}`)
  }
  if (isValidSignInCode(attempt.secret, attempt.code, attempt.now)) return
  await audit({
    action: attempt.refusedAction,
    orgId: attempt.orgId,
    target: attempt.target,
    summary: '签到码不正确或已过期',
  })
  throw invalidArgument(WRONG_CODE_MESSAGE)
}
