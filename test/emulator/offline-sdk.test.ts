import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(__dirname, '../..')

/**
 * Offline, the real SDK crashes the process or hangs ~30 s. A function run outside the emulator and
 * outside the WeChat cloud must instead answer at once with INTERNAL and say why in the log.
 */
describe('a cloud function without the emulator', () => {
  it('fails fast and clearly instead of reaching the real transport', () => {
    const script = `
      const { main } = require('./cloudfunctions/user/src/index.ts')
      main({ action: 'login' }).then((reply) => console.log('REPLY ' + JSON.stringify(reply)))
    `
    const started = Date.now()
    const child = spawnSync(join(root, 'node_modules/.bin/tsx'), ['-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, WX_OPENID: 'o_someone' },
    })
    const elapsed = Date.now() - started
    expect(child.status).toBe(0)
    expect(child.stdout).toMatch(/REPLY \{"ok":false,"code":"INTERNAL"/)
    expect(child.stderr).toContain('refusing to reach the real wx-server-sdk transport')
    expect(elapsed).toBeLessThan(15_000)
  })
})
