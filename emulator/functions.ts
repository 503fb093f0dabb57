import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInScope, type CallScope } from './context'
import { wireCopy } from './wire'

/**
 * Runs cloud functions in-process, each call in its own identity scope, with the JSON boundary and the
 * timeout the platform would apply.
 */
export interface FunctionHost {
  /** cloudfunctions/ folder */
  root: string
  /** 'source' loads src/index.ts (jest, tsx); 'bundle' loads the deployable index.js (the gateway). */
  entry: 'source' | 'bundle'
}

export interface Invoker {
  openid: string
  appid?: string
  unionid?: string
  source?: string
  clientIp?: string
}

export interface Invocation {
  result: unknown
  roundTrips: number
  requestID: string
}

type Main = (event: unknown, context: unknown) => Promise<unknown>

const FUNCTION_NAME = /^[a-z][a-z0-9-]{0,39}$/
const DEFAULT_TIMEOUT_SECONDS = 3
export const DEMO_APPID = 'wx0000000000000000'

/** A platform-level failure (not an action's typed error): the client sees callFunction:fail. */
export class FunctionCallError extends Error {
  constructor(
    readonly errCode: number,
    message: string,
  ) {
    super(message)
    this.name = 'FunctionCallError'
  }
}

const loaded = new Map<string, { main: Main; timeoutMs: number }>()

function loadFunction(host: FunctionHost, name: string) {
  const key = `${host.root}:${host.entry}:${name}`
  const cached = loaded.get(key)
  if (cached) return cached
  const folder = join(host.root, name)
  const entryFile = join(folder, host.entry === 'source' ? 'src/index.ts' : 'index.js')
  if (!FUNCTION_NAME.test(name) || !existsSync(entryFile)) {
    throw new FunctionCallError(-501000, `FunctionName parameter could not be found: ${name}`)
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- functions are CommonJS modules
  const main = (require(entryFile) as { main?: Main }).main
  if (typeof main !== 'function') {
    throw new FunctionCallError(-501000, `${name} does not export main`)
  }
  const configFile = join(folder, 'config.json')
  const config = existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {}
  const timeoutMs = 1000 * (Number(config.timeout) || DEFAULT_TIMEOUT_SECONDS)
  const entry = { main, timeoutMs }
  loaded.set(key, entry)
  return entry
}

let requestCounter = 0

export async function invokeFunction(
  host: FunctionHost,
  name: string,
  event: unknown,
  invoker: Invoker,
): Promise<Invocation> {
  const { main, timeoutMs } = loadFunction(host, name)
  const requestID = `local-${process.pid}-${++requestCounter}`
  const scope: CallScope = {
    openid: invoker.openid,
    appid: invoker.appid ?? DEMO_APPID,
    unionid: invoker.unionid ?? '',
    source: invoker.source ?? 'wx_client',
    functionName: name,
    clientIp: invoker.clientIp ?? '127.0.0.1',
    roundTrips: 0,
  }
  // Events and results cross a JSON boundary in production: no Dates, functions or prototypes survive.
  const wireEvent = wireCopy(event ?? {})
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new FunctionCallError(
            -504003,
            `Invoking task timed out after ${timeoutMs / 1000} seconds`,
          ),
        ),
      timeoutMs,
    )
  })
  try {
    const run = runInScope(scope, () => main(wireEvent, { request_id: requestID }))
    const result = await Promise.race([run, timeout])
    const wireResult = result === undefined ? null : wireCopy(result)
    return { result: wireResult, roundTrips: scope.roundTrips, requestID }
  } catch (error) {
    if (error instanceof FunctionCallError) throw error
    console.error(`[${name}] uncaught`, error)
    throw new FunctionCallError(-504002, `functions execute fail: ${name}`)
  } finally {
    clearTimeout(timer)
  }
}
