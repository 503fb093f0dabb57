import { randomBytes } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { basename, extname, join } from 'node:path'
import { DEMO_IDENTITIES, findDemoIdentity, type DemoIdentity } from './demo/identities'
import { DEMO_APPID, FunctionCallError } from './functions'
import { callFunctionAs, cloud } from './local-cloud'
import { issueCloudId, localOpengid, resolveCloudId } from './open-data'
import { deliverPush } from './message-push'
import { openapiOutbox } from './openapi'
import { groupEnterOpenData } from './platform/open-data'
import { timerEvent } from './platform/timer'
import { safeStoragePath } from './storage'
import { imageTypeOf, MAX_UPLOAD_BYTES, storageHeaders, storedUploadPath } from './uploads'
import { jsonDepth } from './wire'

/**
 * The local gateway: serves the H5 build and stands in for the WeChat client ↔ cloud edge. It binds
 * 127.0.0.1 only, and none of these routes exist in a weapp build.
 */
export interface GatewayOptions {
  staticDir: string
  storageDir: string
}

const SESSION_COOKIE = 'zhibu_local'
const MAX_BODY_BYTES = 1024 * 1024
/**
 * Deeper than any request of the app; past it the body is answered without being parsed, so no
 * hostile nesting reaches the functions' host process (the functions bound shapes themselves too).
 */
const MAX_BODY_DEPTH = 64
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** A request body nested deeper than any real request: answered as the typed envelope. */
class TooDeep extends Error {}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  response.end(JSON.stringify(body))
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limit) throw new HttpError(413, '内容太大')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = await readBody(request, MAX_BODY_BYTES)
  const text = raw.toString('utf8') || '{}'
  if (jsonDepth(text) > MAX_BODY_DEPTH) throw new TooDeep()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    // Only a body that is not JSON is the client's fault; anything else is ours and stays a 500.
    if (error instanceof SyntaxError) throw new HttpError(400, '请求格式不正确')
    throw error
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, '请求格式不正确')
  }
  return body as Record<string, unknown>
}

function serveFile(response: ServerResponse, file: string, headers?: Record<string, string>) {
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    ...headers,
    'content-length': statSync(file).size,
  })
  createReadStream(file).pipe(response)
}

/**
 * The platform swaps a `wx.cloud.CloudID(id)` at the top level of `data` for `{ cloudID, data }`.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/Cloud.CloudID.html
 */
function resolveCloudIds(data: Record<string, unknown>, openid: string) {
  const resolved: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const cloudID = (value as { cloudID?: unknown } | null)?.cloudID
    const opened = typeof cloudID === 'string' ? resolveCloudId(cloudID, openid) : undefined
    resolved[key] = opened ?? value
  }
  return resolved
}

export function createGateway(options: GatewayOptions) {
  const sessions = new Map<string, DemoIdentity>()

  function sessionOf(request: IncomingMessage): DemoIdentity | undefined {
    const cookies = request.headers.cookie ?? ''
    const token = cookies
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === SESSION_COOKIE)?.[1]
    return token ? sessions.get(token) : undefined
  }

  async function callFunction(request: IncomingMessage, response: ServerResponse) {
    let body: Record<string, unknown>
    try {
      body = await readJson(request)
    } catch (error) {
      if (!(error instanceof TooDeep)) throw error
      const result = {
        ok: false,
        code: 'INVALID_ARGUMENT',
        message: '请求内容层级太深，请刷新页面后重试',
      }
      return sendJson(response, 200, { result, errMsg: 'cloud.callFunction:ok' })
    }
    const name = typeof body.name === 'string' ? body.name : ''
    const data = body.data ?? {}
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new HttpError(400, 'data 必须是对象')
    }
    const openid = sessionOf(request)?.openid ?? ''
    try {
      const { result, requestID } = await callFunctionAs(
        name,
        resolveCloudIds(data as Record<string, unknown>, openid),
        { openid },
      )
      sendJson(response, 200, { result, requestID, errMsg: 'cloud.callFunction:ok' })
    } catch (error) {
      if (!(error instanceof FunctionCallError)) throw error
      sendJson(response, 502, {
        errCode: error.errCode,
        errMsg: `cloud.callFunction:fail ${error.errCode} ${error.message}`,
      })
    }
  }

  /**
   * Simulates opening a card inside WeChat group `groupId`: what getGroupEnterInfo gives the client,
   * a cloudID for this person whose open data is the documented `{ opengid, … }`.
   */
  async function groupEntry(request: IncomingMessage, response: ServerResponse) {
    const identity = sessionOf(request)
    if (!identity) throw new HttpError(401, '请先选择一个演示身份')
    const { groupId } = await readJson(request)
    if (typeof groupId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(groupId)) {
      throw new HttpError(400, 'groupId 只能包含字母、数字、- 和 _')
    }
    const cloudID = issueCloudId(
      identity.openid,
      groupEnterOpenData(localOpengid(groupId), DEMO_APPID),
    )
    sendJson(response, 200, { cloudID })
  }

  /**
   * What `wx.cloud.uploadFile` does from the client: the bytes go straight to storage. Only images
   * of the types the app takes (by their bytes), only at the app's own upload paths.
   */
  async function uploadFile(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (!sessionOf(request)) throw new HttpError(401, '请先选择一个演示身份')
    const requested = url.searchParams.get('cloudPath') ?? ''
    if (!storedUploadPath(requested, 'jpg')) {
      throw new HttpError(400, 'cloudPath 必须是 uploads/<目录>/<年月>/<文件名>.<图片扩展名>')
    }
    const body = await readBody(request, MAX_UPLOAD_BYTES)
    const type = imageTypeOf(body)
    if (!type) throw new HttpError(415, '只能上传 JPG、PNG、WebP 或 GIF 图片，请换一张照片')
    const cloudPath = storedUploadPath(requested, type) as string
    const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: body })
    sendJson(response, 200, { fileID, errMsg: 'cloud.uploadFile:ok' })
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const path = decodeURIComponent(url.pathname)
    const method = request.method ?? 'GET'

    if (path === '/__local/identities' && method === 'GET') {
      return sendJson(response, 200, { identities: DEMO_IDENTITIES })
    }
    if (path === '/__local/session' && method === 'GET') {
      return sendJson(response, 200, { identity: sessionOf(request) ?? null })
    }
    if (path === '/__local/login' && method === 'POST') {
      const identity = findDemoIdentity((await readJson(request)).key)
      if (!identity) return sendJson(response, 403, { errMsg: '只能选择演示身份登录' })
      const token = randomBytes(18).toString('hex')
      sessions.set(token, identity)
      return sendJson(
        response,
        200,
        { identity },
        {
          'set-cookie': `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        },
      )
    }
    if (path === '/__local/logout' && method === 'POST') {
      return sendJson(
        response,
        200,
        { identity: null },
        {
          'set-cookie': `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`,
        },
      )
    }
    if (path === '/__local/callFunction' && method === 'POST') {
      return callFunction(request, response)
    }
    if (path === '/__local/group-entry' && method === 'POST') return groupEntry(request, response)
    if (path === '/__local/uploadFile' && method === 'POST')
      return uploadFile(request, response, url)
    if (path === '/__local/cron' && method === 'POST') {
      // What the timer trigger does every 10 minutes in production (`npm run cron`).
      const { result } = await callFunctionAs('cron', timerEvent('tick'), {
        openid: '',
        source: 'wx_trigger',
      })
      return sendJson(response, 200, { result })
    }
    if (path === '/__local/message-push' && method === 'POST') {
      // What WeChat's 消息推送 does, e.g. a wxa_media_check verdict (emulator/platform/security.ts).
      const push = (await readJson(request)) as { MsgType?: unknown; Event?: unknown }
      if (typeof push.MsgType !== 'string') throw new HttpError(400, '推送缺少 MsgType')
      const result = await deliverPush({
        ...push,
        MsgType: push.MsgType,
        Event: typeof push.Event === 'string' ? push.Event : '',
      }).catch((error: Error) => {
        throw new HttpError(404, error.message)
      })
      return sendJson(response, 200, { result })
    }
    if (path === '/__local/outbox' && method === 'GET') {
      return sendJson(response, 200, { outbox: openapiOutbox() })
    }
    if (path.startsWith('/__local/storage/') && method === 'GET') {
      // Storage is private to the app's users, like the cloud's default storage permission.
      if (!sessionOf(request)) throw new HttpError(401, '请先选择一个演示身份')
      const file = safeStoragePath(options.storageDir, path.slice('/__local/storage/'.length))
      if (!file || !existsSync(file) || !statSync(file).isFile()) {
        throw new HttpError(404, '文件不存在')
      }
      return serveFile(response, file, storageHeaders(extname(file), basename(file)))
    }
    if (path.startsWith('/__local/')) throw new HttpError(404, '没有这个本地接口')
    return serveStatic(path, response)
  }

  function serveStatic(path: string, response: ServerResponse) {
    const index = join(options.staticDir, 'index.html')
    if (!existsSync(index)) {
      throw new HttpError(
        503,
        'H5 版本还没有构建：请运行 npm start（它会先构建），或 npm run build:h5',
      )
    }
    const file = path === '/' ? index : safeStoragePath(options.staticDir, path.slice(1))
    if (file && existsSync(file) && statSync(file).isFile()) return serveFile(response, file)
    // Hash routing: every other path is the app shell.
    return serveFile(response, index)
  }

  return async function handle(request: IncomingMessage, response: ServerResponse) {
    try {
      await route(request, response)
    } catch (error) {
      if (error instanceof HttpError)
        return sendJson(response, error.status, { errMsg: error.message })
      if (error instanceof TooDeep) return sendJson(response, 400, { errMsg: '请求格式不正确' })
      console.error('[gateway]', error)
      if (!response.headersSent) sendJson(response, 500, { errMsg: '本地网关出错，请看终端日志' })
    }
  }
}
