import type { ErrorReply, Reply } from '../../types/errors'
import type { Role } from '../../types/user'
import type { Action, ActionContext } from './action'
import { appendAudit } from './audit'
import { identifyCaller } from './caller'
import { database, runtimeProblem } from './cloud'
import { ActionError, errorReply, INTERNAL_MESSAGE, internalMessageFor } from './errors'
import { setOwn } from './own'
import { authorize, type OrgGrant } from './policy'
import { eventShapeProblem } from './shape'
import { validate } from './validate'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action has its own input type
export type ActionTable = Record<string, Action<any, unknown>>

/**
 * Fields the platform or an old client may add to every event. They are dropped before validation and
 * never read: identity comes only from getWXContext().
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/userinfo.html
 */
const IGNORED_FIELDS = ['action', 'userInfo', 'openid', '_openid']

/**
 * Builds a function's `main(event, context)`: route → validate → identify → authorize → act (the action
 * audits its writes) → `{ ok: true, data }`, or a typed error envelope.
 */
export function createRouter(functionName: string, actions: ActionTable) {
  async function main(event: unknown): Promise<Reply<unknown>> {
    const problem = runtimeProblem()
    if (problem) {
      console.error(problem)
      return errorReply('INTERNAL', INTERNAL_MESSAGE)
    }
    if (eventShapeProblem(event)) {
      return errorReply('INVALID_ARGUMENT', '请求内容太多或层级太深，请刷新页面后重试')
    }
    let grant: OrgGrant | null = null
    try {
      const { actionName, payload } = readEvent(event)
      const action = Object.prototype.hasOwnProperty.call(actions, actionName)
        ? actions[actionName]
        : undefined
      if (!action) return unknownAction(functionName, actionName)
      const input = validate(action.schema, payload)
      const caller = identifyCaller()
      const db = database()
      const authorized = await authorize(action.policy, caller, input, db)
      grant = authorized.grant
      const { record } = authorized
      const context: ActionContext = {
        caller,
        db,
        grant,
        record,
        audit: (entry) => appendAudit(db, caller, entry),
      }
      return { ok: true, data: await action.run(input, context) }
    } catch (error) {
      return toErrorReply(functionName, error, grant?.roles ?? [])
    }
  }
  // The action names, for tools that walk every action (the fuzz harness, the matrix's coverage
  // check, the read-only invariant).
  return Object.assign(main, {
    actionNames: Object.keys(actions),
    readOnlyActions: Object.keys(actions).filter((name) => actions[name].readOnly === true),
  })
}

function readEvent(event: unknown): { actionName: string; payload: Record<string, unknown> } {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    return { actionName: '', payload: {} }
  }
  const record = event as Record<string, unknown>
  // A timer trigger sends `{ Type: 'Timer', TriggerName, Time }`: it means the `tick` action.
  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/triggers.html
  if (record.Type === 'Timer') return { actionName: 'tick', payload: {} }
  const payload: Record<string, unknown> = {}
  for (const key of Object.keys(record)) {
    // An own `__proto__` key stays a field (and the strict schema refuses it), never a prototype.
    if (!IGNORED_FIELDS.includes(key)) setOwn(payload, key, record[key])
  }
  return { actionName: typeof record.action === 'string' ? record.action : '', payload }
}

function unknownAction(functionName: string, actionName: string): ErrorReply {
  const shown = actionName ? `“${actionName.slice(0, 40)}”` : '（未指定）'
  return errorReply('UNKNOWN_ACTION', `${functionName} 不支持操作${shown}，请更新小程序后再试`)
}

function toErrorReply(functionName: string, error: unknown, roles: readonly Role[]): ErrorReply {
  if (error instanceof ActionError) return errorReply(error.code, error.message)
  // The stack stays in the server log; the client gets a calm message.
  console.error(`[${functionName}]`, error)
  return errorReply('INTERNAL', internalMessageFor(roles))
}
