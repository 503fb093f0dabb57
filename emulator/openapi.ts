import { currentScope } from './context'
import { judgeText } from './content-words'

/** One `cloud.openapi.*` call as the emulator received it; tests and the gateway read these. */
export interface OutboxEntry {
  api: string
  params: Record<string, unknown>
  openid: string
  functionName: string
  at: string
}

const outbox: OutboxEntry[] = []

export function openapiOutbox(): readonly OutboxEntry[] {
  return outbox
}

export function clearOpenapiOutbox(): void {
  outbox.length = 0
}

/** A WeChat openapi failure as the SDK throws it (errCode + errMsg). */
function openapiError(api: string, errCode: number, reason: string): Error {
  return Object.assign(new Error(`openapi.${api}:fail ${errCode} ${reason}`), {
    errCode,
    errMsg: `openapi.${api}:fail ${reason}`,
  })
}

type Handler = (params: Record<string, unknown>) => unknown

// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
function msgSecCheck(params: Record<string, unknown>) {
  const { openid, scene, version, content } = params
  if (version !== 2)
    throw openapiError('security.msgSecCheck', 40003, 'only version 2 is supported')
  if (typeof openid !== 'string' || !openid) {
    throw openapiError('security.msgSecCheck', 40003, 'invalid openid')
  }
  if (![1, 2, 3, 4].includes(Number(scene))) {
    throw openapiError('security.msgSecCheck', 40097, 'invalid scene')
  }
  if (typeof content !== 'string' || content.length > 2500) {
    throw openapiError('security.msgSecCheck', 40097, 'content must be at most 2500 chars')
  }
  const verdict = judgeText(content)
  return {
    errCode: 0,
    errMsg: 'openapi.security.msgSecCheck:ok',
    result: { suggest: verdict.suggest, label: verdict.label },
    detail: [{ strategy: 'keyword', errcode: 0, suggest: verdict.suggest, label: verdict.label }],
    traceId: `local-${Date.now().toString(36)}`,
  }
}

const HANDLERS: Record<string, Handler> = {
  // An updatable group card (会议通知 with 已签到 x/y): a fresh activityId valid for 24 h.
  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/updatable-message/createActivityId.html
  'updatableMessage.createActivityId': () => ({
    errCode: 0,
    errMsg: 'openapi.updatableMessage.createActivityId:ok',
    activityId: `local_activity_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    expirationTime: Math.floor(Date.now() / 1000) + 24 * 3600,
  }),
  'security.msgSecCheck': msgSecCheck,
  // The verdict arrives later as an event in production; locally images always pass.
  'security.mediaCheckAsync': () => ({
    errCode: 0,
    errMsg: 'openapi.security.mediaCheckAsync:ok',
    traceId: `local-${Date.now().toString(36)}`,
  }),
}

async function callOpenapi(api: string, params: Record<string, unknown>): Promise<unknown> {
  const scope = currentScope()
  outbox.push({
    api,
    params: JSON.parse(JSON.stringify(params ?? {})),
    openid: scope?.openid ?? '',
    functionName: scope?.functionName ?? '',
    at: new Date().toISOString(),
  })
  const handler = HANDLERS[api]
  if (handler) return handler(params ?? {})
  return { errCode: 0, errMsg: `openapi.${api}:ok` }
}

/** `cloud.openapi.<namespace>.<api>(params)`, like the SDK's proxy. */
export const localOpenapi = new Proxy(
  {},
  {
    get: (_target, namespace) =>
      new Proxy(
        {},
        {
          get: (_inner, api) => (params: Record<string, unknown>) =>
            callOpenapi(`${String(namespace)}.${String(api)}`, params),
        },
      ),
  },
)
