import { randomBytes } from 'node:crypto'
import { FUNCTIONS } from '../deploy/manifest'
import { currentScope } from './context'
import { judgeText } from './content-words'
import {
  MEDIA_TYPE_IMAGE,
  MSG_SEC_CHECK_MAX_CHARS,
  MSG_SEC_CHECK_SCENES,
  mediaCheckAsyncReply,
  msgSecCheckReply,
} from './platform/security'
import {
  keywordKind,
  SEND_ERRORS,
  sendErrorMessage,
  VALUE_RULES,
} from './platform/subscribe-message'
import { DAY_MS } from '../types/time'

/** One accepted `cloud.openapi.*` call; tests and the gateway read these. */
export interface OutboxEntry {
  api: string
  params: Record<string, unknown>
  openid: string
  functionName: string
  at: string
  /** The platform's error code, when the call failed. */
  errCode?: number
}

const outbox: OutboxEntry[] = []

export function openapiOutbox(): readonly OutboxEntry[] {
  return outbox
}

export function clearOpenapiOutbox(): void {
  outbox.length = 0
}

/** A WeChat openapi failure as wx-server-sdk throws it: errCode, errMsg `openapi.<api>:fail <errmsg>`. */
function openapiError(api: string, errCode: number, reason: string): Error {
  return Object.assign(new Error(`errCode: ${errCode} | errMsg: openapi.${api}:fail ${reason}`), {
    errCode,
    errMsg: `openapi.${api}:fail ${reason}`,
  })
}

type Handler = (params: Record<string, unknown>, openid: string) => unknown

function localTraceId(): string {
  return `local-${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`
}

function requireUserCheck(api: string, params: Record<string, unknown>) {
  if (params.version !== 2) throw openapiError(api, 40003, 'only version 2 is supported')
  if (typeof params.openid !== 'string' || !params.openid) {
    throw openapiError(api, 40003, 'invalid openid')
  }
  if (!(MSG_SEC_CHECK_SCENES as readonly number[]).includes(Number(params.scene))) {
    throw openapiError(api, 40129, 'invalid scene')
  }
}

// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
function msgSecCheck(params: Record<string, unknown>) {
  requireUserCheck('security.msgSecCheck', params)
  const { content } = params
  if (typeof content !== 'string' || content.length > MSG_SEC_CHECK_MAX_CHARS) {
    throw openapiError('security.msgSecCheck', 40097, 'content must be at most 2500 chars')
  }
  const verdict = judgeText(content)
  return msgSecCheckReply(verdict.suggest, verdict.label, localTraceId())
}

/** An image sent to mediaCheckAsync whose verdict the platform would push later. */
export interface SentMediaCheck {
  traceId: string
  mediaUrl: string
  openid: string
  scene: number
}

const sentMediaChecks: SentMediaCheck[] = []
let onMediaCheck: ((check: SentMediaCheck) => void) | undefined

/** Every image sent for checking, oldest first (tests find a photo's trace id here). */
export function mediaChecksSent(): readonly SentMediaCheck[] {
  return sentMediaChecks
}

/** Called for each accepted check: the emulator's stand-in for WeChat deciding and pushing later. */
export function setMediaCheckListener(listener: ((check: SentMediaCheck) => void) | undefined) {
  onMediaCheck = listener
}

// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
function mediaCheckAsync(params: Record<string, unknown>) {
  requireUserCheck('security.mediaCheckAsync', params)
  if (params.mediaType !== MEDIA_TYPE_IMAGE && params.mediaType !== 1) {
    throw openapiError('security.mediaCheckAsync', 40097, 'invalid media_type')
  }
  if (typeof params.mediaUrl !== 'string' || !/^https?:\/\//.test(params.mediaUrl)) {
    throw openapiError('security.mediaCheckAsync', 40097, 'invalid media_url')
  }
  const check: SentMediaCheck = {
    traceId: localTraceId(),
    mediaUrl: params.mediaUrl,
    openid: params.openid as string,
    scene: Number(params.scene),
  }
  sentMediaChecks.push(check)
  onMediaCheck?.(check)
  return mediaCheckAsyncReply(check.traceId)
}

/**
 * Subscribe messages: the emulator cannot know who accepted a template on their phone, so it delivers to
 * everyone except those a test (or `npm start` user) marked as refusing, and can be told to fail as the
 * platform does when busy. Template ids and values are checked as the doc says.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */
const refusing = new Set<string>()
const failNext: number[] = []
let knownTemplateIds: () => readonly string[] = () => []

export const subscribeMessages = {
  /** This person turned the template off (or never accepted): the platform answers 43101. */
  refuse(openid: string) {
    refusing.add(openid)
  },
  /** The next sends fail with these codes, in order (e.g. -1 系统繁忙). */
  failNext(...codes: number[]) {
    failNext.push(...codes)
  },
  reset() {
    refusing.clear()
    failNext.length = 0
  },
  /** The template ids this app "has" on 公众平台 (the emulator's own, see platform/subscribe-message). */
  useTemplateIds(ids: () => readonly string[]) {
    knownTemplateIds = ids
  },
}

function sendSubscribeMessage(params: Record<string, unknown>) {
  const api = 'subscribeMessage.send'
  const fail = (code: number, field?: string) =>
    openapiError(api, code, sendErrorMessage(code, field))
  const queued = failNext.shift()
  if (queued !== undefined) throw fail(queued)
  const { touser, templateId, page, data } = params
  if (typeof touser !== 'string' || !/^o[\w-]{3,}$/.test(touser)) throw fail(SEND_ERRORS.badOpenid)
  if (typeof templateId !== 'string' || !knownTemplateIds().includes(templateId)) {
    throw fail(SEND_ERRORS.badTemplate)
  }
  if (page !== undefined && (typeof page !== 'string' || page.startsWith('/'))) {
    throw fail(SEND_ERRORS.badPage)
  }
  for (const [key, entry] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    const value = (entry as { value?: unknown } | null)?.value
    const rule = VALUE_RULES[keywordKind(key)]
    if (typeof value !== 'string' || !value || !rule?.(value)) throw fail(SEND_ERRORS.badValue, key)
  }
  if (refusing.has(touser)) throw fail(SEND_ERRORS.refused)
  return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
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
  // An updatable group card (会议通知 with 已签到 x/y): a fresh activityId valid for 24 h.
  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/updatable-message/createActivityId.html
  'updatableMessage.createActivityId': () => ({
    errCode: 0,
    errMsg: 'openapi.updatableMessage.createActivityId:ok',
    activityId: `local_activity_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    expirationTime: Math.floor((Date.now() + DAY_MS) / 1000),
  }),
  'security.msgSecCheck': msgSecCheck,
  'security.mediaCheckAsync': mediaCheckAsync,
  'subscribeMessage.send': sendSubscribeMessage,
}

/** Runs the call as the platform would; every call reaches the outbox, a refused one with its errCode. */
async function callOpenapi(api: string, params: Record<string, unknown>): Promise<unknown> {
  const scope = currentScope()
  const entry: OutboxEntry = {
    api,
    params: JSON.parse(JSON.stringify(params ?? {})),
    openid: scope?.openid ?? '',
    functionName: scope?.functionName ?? '',
    at: new Date().toISOString(),
  }
  outbox.push(entry)
  const handler = HANDLERS[api] ?? (() => ({ errCode: 0, errMsg: `openapi.${api}:ok` }))
  try {
    requirePermission(api, entry.functionName)
    return handler(params ?? {}, entry.openid)
  } catch (error) {
    entry.errCode = (error as { errCode?: number }).errCode
    throw error
  }
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
