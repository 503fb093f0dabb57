import Taro from '@tarojs/taro'
import type { ActionsOf as Actions } from '../../types/contract'
import { ERROR_CODES, type ErrorReply, type Reply } from '../../types/errors'

type InputOf<M extends Actions<M>, A extends keyof M> = M[A]['input']
type OutputOf<M extends Actions<M>, A extends keyof M> = M[A]['output']

const NETWORK_TROUBLE: ErrorReply = {
  ok: false,
  code: 'INTERNAL',
  message: '网络不太好，请检查网络后重试',
}

const UNREADABLE_REPLY: ErrorReply = {
  ok: false,
  code: 'INTERNAL',
  message: '服务暂时不可用，请稍后重试',
}

/**
 * Calls one action of a cloud function and returns its reply envelope. Never throws: a failed
 * transport becomes an INTERNAL reply whose message tells the user what to do.
 */
export async function callFunction<M extends Actions<M>, A extends keyof M & string>(
  name: string,
  action: A,
  input: InputOf<M, A>,
): Promise<Reply<OutputOf<M, A>>> {
  const data = { ...(input as object), action }
  try {
    const result =
      process.env.TARO_ENV === 'h5'
        ? await callLocalGateway(name, data)
        : await callCloud(name, data)
    return asReply<OutputOf<M, A>>(result)
  } catch {
    return NETWORK_TROUBLE
  }
}

/** Binds a function name once so services read `user('login', {})`. */
export function cloudFunction<M extends Actions<M>>(name: string) {
  return <A extends keyof M & string>(action: A, input: InputOf<M, A>) =>
    callFunction<M, A>(name, action, input)
}

let cloudReady = false

async function callCloud(name: string, data: object): Promise<unknown> {
  if (!cloudReady) {
    Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
    cloudReady = true
  }
  const res = await Taro.cloud.callFunction({ name, data })
  return res.result
}

async function callLocalGateway(name: string, data: object): Promise<unknown> {
  const res = await fetch('/__local/callFunction', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, data }),
  })
  if (!res.ok) throw new Error(`gateway answered ${res.status}`)
  const body = (await res.json()) as { result?: unknown }
  return body.result
}

// The reply crosses the wire untyped; check its shape before the app trusts it.
function asReply<T>(value: unknown): Reply<T> {
  if (typeof value !== 'object' || value === null) return UNREADABLE_REPLY
  const reply = value as Record<string, unknown>
  if (reply.ok === true) return { ok: true, data: reply.data as T }
  if (
    reply.ok === false &&
    typeof reply.message === 'string' &&
    (ERROR_CODES as readonly unknown[]).includes(reply.code)
  ) {
    return value as ErrorReply
  }
  return UNREADABLE_REPLY
}
