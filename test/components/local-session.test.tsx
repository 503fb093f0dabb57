import {
  getLocalSession,
  listLocalIdentities,
  loginAs,
  logoutLocal,
  type LocalIdentity,
} from '@/platform/local-session'

const secretary: LocalIdentity = {
  key: 'secretary',
  label: '书记',
  nickname: '王书记',
  openid: 'o-secretary',
}
const fetchMock = jest.fn()

/** The parts of a fetch Response the gateway client reads (jsdom has no Response). */
function answer(status: number, body?: unknown) {
  return { ok: status >= 200 && status < 300, status, text: async () => JSON.stringify(body ?? '') }
}

beforeEach(() => {
  fetchMock.mockReset()
  globalThis.fetch = fetchMock
})

test('lists identities and reads the session with GET and the session cookie', async () => {
  fetchMock.mockResolvedValueOnce(answer(200, { identities: [secretary] }))
  fetchMock.mockResolvedValueOnce(answer(200, { identity: null }))

  await expect(listLocalIdentities()).resolves.toEqual([secretary])
  await expect(getLocalSession()).resolves.toBeNull()
  expect(fetchMock.mock.calls.map(([url, init]) => [url, init.method, init.credentials])).toEqual([
    ['/__local/identities', 'GET', 'same-origin'],
    ['/__local/session', 'GET', 'same-origin'],
  ])
})

test('logs in by key with a JSON body and returns the identity', async () => {
  fetchMock.mockResolvedValueOnce(answer(200, { identity: secretary }))
  await expect(loginAs('secretary')).resolves.toEqual(secretary)
  expect(fetchMock).toHaveBeenCalledWith('/__local/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: 'secretary' }),
  })
})

test('an unknown key (403) says to pick again', async () => {
  fetchMock.mockResolvedValueOnce(answer(403, { error: 'unknown identity' }))
  await expect(loginAs('mallory')).rejects.toThrow('没有这个演示身份，请重新选择')
})

test('an unreachable gateway says to start it', async () => {
  fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
  await expect(getLocalSession()).rejects.toThrow('请确认已运行 npm start')
})

test('logout posts and tolerates an empty body', async () => {
  fetchMock.mockResolvedValueOnce({ ok: true, status: 204, text: async () => '' })
  await expect(logoutLocal()).resolves.toBeUndefined()
  expect(fetchMock).toHaveBeenCalledWith(
    '/__local/logout',
    expect.objectContaining({ method: 'POST' }),
  )
})
