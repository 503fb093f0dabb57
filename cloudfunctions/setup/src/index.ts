import type { Reply } from '../../../types/errors'
import { bootstrapRootInput } from '../../../types/setup'
import { identifyCaller } from '../../_shared/caller'
import { database, runtimeProblem } from '../../_shared/cloud'
import { ActionError, errorReply, forbidden, INTERNAL_MESSAGE } from '../../_shared/errors'
import { eventShapeProblem } from '../../_shared/shape'
import { validate } from '../../_shared/validate'
import { bootstrapRoot } from './bootstrap'

/**
 * The operator's one-time setup, invoked by `npm run deploy -- --bootstrap …` through the cloud's
 * management API. It has no client-facing actions and no org policy: nothing may call it from the
 * mini-program. Every WeChat-originated call carries a `wx_…` SOURCE (client, IDE, HTTP API, timer,
 * crawler…, also as the head of a `wx_client,scf` chain) or an OPENID; the management API carries
 * neither.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.html
 */
export function isOperatorCall(caller: { openid: string; source: string }): boolean {
  return !caller.openid && !caller.source.startsWith('wx_')
}

const ACTIONS = ['bootstrapRoot'] as const

async function main(event: unknown): Promise<Reply<unknown>> {
  const problem = runtimeProblem()
  if (problem) {
    console.error(problem)
    return errorReply('INTERNAL', INTERNAL_MESSAGE)
  }
  if (eventShapeProblem(event)) return errorReply('INVALID_ARGUMENT', '请求内容太多或层级太深')
  try {
    if (!isOperatorCall(identifyCaller())) {
      throw forbidden('初始化只能由部署命令执行，小程序内不能调用')
    }
    const { action, ...payload } = (typeof event === 'object' && event !== null ? event : {}) as {
      action?: unknown
    }
    if (action !== 'bootstrapRoot') {
      return errorReply('UNKNOWN_ACTION', 'setup 只支持 bootstrapRoot')
    }
    const input = validate(bootstrapRootInput, payload)
    return { ok: true, data: await bootstrapRoot(database(), input, new Date()) }
  } catch (error) {
    if (error instanceof ActionError) return errorReply(error.code, error.message)
    console.error('[setup]', error)
    return errorReply('INTERNAL', INTERNAL_MESSAGE)
  }
}

// As createRouter exports them, for tools that walk every action (the fuzz harness, the matrix's
// coverage check, the read-only proof): bootstrapRoot writes, so no action is read-only.
const exported = Object.assign(main, { actionNames: [...ACTIONS], readOnlyActions: [] as string[] })
export { exported as main }
