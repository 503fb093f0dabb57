import Taro from '@tarojs/taro'
import { callFunction } from '@/platform/cloud'
import { login, updateProfile } from '@/services/user'
import type { UserActions } from '../../types/user'
import { secretaryLogin } from './fixtures'

// Defined by webpack's DefinePlugin in real builds (config/index.ts).
;(globalThis as { CLOUD_ENV?: string }).CLOUD_ENV = 'zhibu-test'

const cloudCall = jest.mocked(Taro.cloud.callFunction) as jest.Mock
const taroEnv = process.env.TARO_ENV

afterEach(() => {
  process.env.TARO_ENV = taroEnv
  cloudCall.mockReset()
})

describe('in WeChat', () => {
  test('initialises the cloud once and sends the action beside the input', async () => {
    cloudCall.mockResolvedValue({ result: { ok: true, data: secretaryLogin } })

    await expect(login()).resolves.toEqual({ ok: true, data: secretaryLogin })
    await updateProfile({ nickname: '王建国' })

    expect(Taro.cloud.init).toHaveBeenCalledTimes(1)
    expect(Taro.cloud.init).toHaveBeenCalledWith({ env: 'zhibu-test', traceUser: true })
    expect(cloudCall.mock.calls).toEqual([
      [{ name: 'user', data: { action: 'login' } }],
      [{ name: 'user', data: { action: 'updateProfile', nickname: '王建国' } }],
    ])
  })

  test('passes an error envelope through unchanged', async () => {
    const refusal = { ok: false, code: 'FORBIDDEN', message: '只有支部书记可以操作' }
    cloudCall.mockResolvedValue({ result: refusal })
    await expect(login()).resolves.toEqual(refusal)
  })

  test('a failed call becomes an INTERNAL reply that says what to do', async () => {
    cloudCall.mockRejectedValue(new Error('cloud.callFunction:fail timeout'))
    await expect(login()).resolves.toEqual({
      ok: false,
      code: 'INTERNAL',
      message: '网络不太好，请检查网络后重试',
    })
  })

  test.each([
    ['no result', undefined],
    ['an error code outside the closed set', { ok: false, code: 'OOPS', message: 'x' }],
    ['an envelope without ok', { data: 1 }],
  ])('a malformed reply (%s) becomes INTERNAL', async (_case, result) => {
    cloudCall.mockResolvedValue({ result })
    const reply = await callFunction<UserActions, 'login'>('user', 'login', {})
    expect(reply).toMatchObject({ ok: false, code: 'INTERNAL' })
  })
})

/** The parts of a fetch Response the gateway client reads (jsdom has no Response). */
function gatewayAnswer(status: number, body: unknown) {
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => body,
    text: async () => JSON.stringify(body),
  }
}

describe('in the H5 preview', () => {
  const fetchMock = jest.fn()

  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  test('posts to the local gateway with the session cookie and unwraps { result }', async () => {
    fetchMock.mockResolvedValue(gatewayAnswer(200, { result: { ok: true, data: secretaryLogin } }))
    await expect(login()).resolves.toEqual({ ok: true, data: secretaryLogin })

    expect(fetchMock).toHaveBeenCalledWith('/__local/callFunction', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'user', data: { action: 'login' } }),
    })
    expect(cloudCall).not.toHaveBeenCalled()
  })

  test('a non-2xx answer becomes an INTERNAL reply', async () => {
    fetchMock.mockResolvedValue(gatewayAnswer(502, 'bad gateway'))
    await expect(login()).resolves.toMatchObject({ ok: false, code: 'INTERNAL' })
  })

  test('a network failure becomes an INTERNAL reply', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await expect(login()).resolves.toMatchObject({
      ok: false,
      code: 'INTERNAL',
      message: '网络不太好，请检查网络后重试',
    })
  })
})
