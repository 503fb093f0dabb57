import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startGateway, type RunningGateway } from '../helpers/gateway'

/**
 * Uploads and storage as a person's browser meets them (issue 12): only images the app takes, by
 * their bytes; nothing from storage runs as the page; only a logged-in session reads it; any
 * payload gets the typed envelope.
 */
jest.setTimeout(120_000)

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082',
  'hex',
)
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])

let gateway: RunningGateway
let cookie = ''

beforeAll(async () => {
  gateway = await startGateway()
  const login = await fetch(`${gateway.url}/__local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: 'secretary' }),
  })
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
})

afterAll(() => gateway.stop())

function upload(cloudPath: string, body: Buffer, withSession = true) {
  return fetch(`${gateway.url}/__local/uploadFile?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: withSession ? { cookie } : {},
    body: new Uint8Array(body),
  })
}

describe('uploading a “photo”', () => {
  it.each([
    ['an HTML page', Buffer.from('<html><script>fetch("/__local/callFunction")</script></html>')],
    [
      'an SVG with a script',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
    ],
    ['a script', Buffer.from('alert(document.cookie)')],
    ['a Windows program', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
  ])('%s named .jpg is refused with a message that says what to do', async (_name, bytes) => {
    const response = await upload('uploads/activity/202611/evil.jpg', bytes)
    expect(response.status).toBe(415)
    expect((await response.json()).errMsg).toMatch(/只能上传/)
  })

  it.each([
    'uploads/activity/202611/page.html',
    'uploads/activity/202611/../../../x.png',
    'uploads/exports/202611/x.png',
    'exports/x.png',
  ])('to %s is refused: not a path the app makes', async (cloudPath) => {
    expect((await upload(cloudPath, PNG)).status).toBe(400)
  })

  it('needs a logged-in session', async () => {
    expect((await upload('uploads/activity/202611/a.png', PNG, false)).status).toBe(401)
  })

  it('is stored under the extension of what its bytes are', async () => {
    const response = await upload('uploads/activity/202611/really-a-png.jpg', PNG)
    expect(response.status).toBe(200)
    const { fileID } = (await response.json()) as { fileID: string }
    expect(fileID).toMatch(/\/uploads\/activity\/202611\/really-a-png\.png$/)
    const jpeg = await upload('uploads/issues/202611/a-photo.jpg', JPEG)
    expect(((await jpeg.json()) as { fileID: string }).fileID).toMatch(/a-photo\.jpg$/)
  })
})

describe('reading from storage', () => {
  it('serves an image only to a session, with nosniff and a sandboxing CSP', async () => {
    await upload('uploads/activity/202611/shown.png', PNG)
    const url = `${gateway.url}/__local/storage/uploads/activity/202611/shown.png`
    expect((await fetch(url)).status).toBe(401)
    const response = await fetch(url, { headers: { cookie } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toMatch(/sandbox/)
    expect(response.headers.get('content-disposition')).toBeNull()
  })

  it('serves anything that is not an image as a download, never as a page', async () => {
    // A file that reached storage some other way (an old upload, a tool): it must not run.
    const dir = join(gateway.dataDir, 'storage', 'uploads', 'activity', '202611')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'old.html'), '<script>alert(1)</script>')
    const response = await fetch(
      `${gateway.url}/__local/storage/uploads/activity/202611/old.html`,
      {
        headers: { cookie },
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(response.headers.get('content-security-policy')).toMatch(/sandbox/)
  })
})

describe('a hostile request body', () => {
  it.each([70, 5_000, 200_000])(
    'nested %i levels deep gets the typed envelope, not a gateway error',
    async (depth) => {
      const nickname = '['.repeat(depth) + ']'.repeat(depth)
      const response = await fetch(`${gateway.url}/__local/callFunction`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: `{"name":"user","data":{"action":"updateProfile","nickname":${nickname}}}`,
      })
      expect(response.status).toBe(200)
      const body = (await response.json()) as { result: { ok: boolean; code: string } }
      expect(body.result).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    },
  )

  it.each([
    ['not JSON', '{"name":"user",'],
    ['a JSON array', '[1, 2]'],
    ['a JSON string', '"user"'],
  ])('%s gets 400 with what is wrong, and the gateway keeps serving', async (_what, body) => {
    const response = await fetch(`${gateway.url}/__local/callFunction`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body,
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('请求格式不正确')
    const after = await fetch(`${gateway.url}/__local/callFunction`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'user', data: { action: 'getProfile' } }),
    })
    expect(after.status).toBe(200)
  })
})
