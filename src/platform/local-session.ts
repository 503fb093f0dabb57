/**
 * The local gateway's demo identities (H5 preview only; the weapp build compiles every caller out).
 * Contract: GET /__local/identities, GET /__local/session, POST /__local/login {key}, POST /__local/logout.
 */
export interface LocalIdentity {
  key: string
  label: string
  nickname: string
  openid: string
}

export async function listLocalIdentities(): Promise<LocalIdentity[]> {
  const body = await request<{ identities: LocalIdentity[] }>('GET', '/__local/identities')
  return body.identities
}

export async function getLocalSession(): Promise<LocalIdentity | null> {
  const body = await request<{ identity: LocalIdentity | null }>('GET', '/__local/session')
  return body.identity
}

export async function loginAs(key: string): Promise<LocalIdentity> {
  const body = await request<{ identity: LocalIdentity }>('POST', '/__local/login', { key })
  return body.identity
}

export async function logoutLocal(): Promise<void> {
  await request<unknown>('POST', '/__local/logout')
}

/** A gateway call that failed, with a Chinese message fit to show as is. */
export class LocalGatewayError extends Error {}

async function request<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    })
  } catch {
    throw new LocalGatewayError('连不上本地服务，请确认已运行 npm start 后重试')
  }
  if (res.status === 403) throw new LocalGatewayError('没有这个演示身份，请重新选择')
  if (!res.ok) throw new LocalGatewayError('本地服务出错了，请稍后重试')
  const text = await res.text()
  return (text ? JSON.parse(text) : {}) as T
}
