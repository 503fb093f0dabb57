import type { Caller } from './caller'
import { forbidden, unauthenticated } from './errors'

/**
 * The one place that answers "may this caller run this action". Every action declares its policy beside
 * its schema; the router asks here before the handler runs.
 */
export type Policy =
  /** Any WeChat user the platform identified (members and residents alike). */
  | { kind: 'signedIn' }
  /** Only the timer trigger (cron); app calls are refused. */
  | { kind: 'timer' }

export async function authorize(policy: Policy, caller: Caller): Promise<void> {
  switch (policy.kind) {
    case 'signedIn':
      if (!caller.openid) throw unauthenticated()
      return
    case 'timer':
      if (caller.source !== 'wx_trigger') throw forbidden('这个操作只能由定时任务执行')
      return
    default: {
      const unknownPolicy: never = policy
      throw new Error(`unknown policy ${JSON.stringify(unknownPolicy)}`)
    }
  }
}
