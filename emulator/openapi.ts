import { FUNCTIONS, SUBSCRIBE_TEMPLATE_SPECS, type TemplateSpec } from '../deploy/manifest'
import { SUBSCRIBE_TEMPLATE_KEYS, SUBSCRIBE_TEMPLATES } from '../types/subscriptions'
import { currentScope } from './context'
import { judgeText } from './content-words'

/** One accepted `cloud.openapi.*` call; tests and the gateway read these. */
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

/** Longest value per keyword kind (characters). */
const VALUE_LIMITS: Partial<Record<TemplateSpec['keywords'][string], number>> = {
  thing: 20,
  phrase: 5,
  name: 10,
  number: 32,
}

/**
 * The send checks the data against the template as picked in 公众平台 (its keywords are in the deploy
 * manifest): an unknown template id is 40037, a missing, extra, empty or too long value is 47003 with
 * the field named, as the platform answers.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */
function subscribeMessageSend(params: Record<string, unknown>) {
  const api = 'subscribeMessage.send'
  const key = SUBSCRIBE_TEMPLATE_KEYS.find((k) => SUBSCRIBE_TEMPLATES[k] === params.templateId)
  if (!key) throw openapiError(api, 40037, 'invalid template_id')
  const { keywords } = SUBSCRIBE_TEMPLATE_SPECS[key]
  const data = (params.data ?? {}) as Record<string, { value?: unknown }>
  for (const field of new Set([...Object.keys(keywords), ...Object.keys(data)])) {
    const value = data[field]?.value
    const limit = VALUE_LIMITS[keywords[field]]
    if (
      !(field in keywords) ||
      typeof value !== 'string' ||
      !value ||
      (limit && value.length > limit)
    ) {
      throw openapiError(api, 47003, `argument invalid! data.${field}.value invalid`)
    }
  }
  return { errCode: 0, errMsg: `openapi.${api}:ok` }
}

/**
 * A function may only make the cloud calls its config.json lists (generated from the manifest);
 * others fail with -604101, as on the platform.
 * 参考文档：https://docs.cloudbase.net/en/faq/knowledge/cloud-call-604101-permission-error
 */
function requirePermission(api: string, functionName: string): void {
  const fn = FUNCTIONS.find((spec) => spec.name === functionName)
  if (fn && !fn.openapi.includes(api)) {
    throw openapiError(api, -604101, 'function has no permission to call this API')
  }
}

const HANDLERS: Record<string, Handler> = {
  'subscribeMessage.send': subscribeMessageSend,
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

/** Runs the call as the platform would; only calls the platform accepted reach the outbox. */
async function callOpenapi(api: string, params: Record<string, unknown>): Promise<unknown> {
  const scope = currentScope()
  requirePermission(api, scope?.functionName ?? '')
  const handler = HANDLERS[api]
  const result = handler ? handler(params ?? {}) : { errCode: 0, errMsg: `openapi.${api}:ok` }
  outbox.push({
    api,
    params: JSON.parse(JSON.stringify(params ?? {})),
    openid: scope?.openid ?? '',
    functionName: scope?.functionName ?? '',
    at: new Date().toISOString(),
  })
  return result
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
