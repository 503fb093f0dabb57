import { TEMPLATE_ID_ENV } from '../../types/subscriptions'
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS build config
const buildConfig = require('../../config/subscribe-templates.js') as {
  TEMPLATE_ID_ENV: Record<string, string>
  templateIdsFromEnv(env: Record<string, string | undefined>): {
    ids: Record<string, string>
    missing: string[]
  }
}

describe('subscribe template ids come from build/deploy configuration', () => {
  it('the builds read the same variables the functions do', () => {
    expect(buildConfig.TEMPLATE_ID_ENV).toEqual(TEMPLATE_ID_ENV)
  })

  it('a build names every template id that is missing', () => {
    const { ids, missing } = buildConfig.templateIdsFromEnv({
      ZHIBU_TEMPLATE_MEETING_REMINDER: 'abc',
    })
    expect(ids).toEqual({ meetingReminder: 'abc' })
    expect(missing).toEqual([
      'ZHIBU_TEMPLATE_LESSON_DUE',
      'ZHIBU_TEMPLATE_NOTICE_REMINDER',
      'ZHIBU_TEMPLATE_ISSUE_REPLIED',
      'ZHIBU_TEMPLATE_DUES_REMINDER',
    ])
  })
})

describe('the functions are built for the runtime they are created with', () => {
  it('the esbuild target is the Node version of the runtime', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS build config
    const runtime = require('../../config/functions-runtime.js') as {
      FUNCTIONS_RUNTIME: string
      ESBUILD_TARGET: string
    }
    const version = /^Nodejs(\d+\.\d+)$/.exec(runtime.FUNCTIONS_RUNTIME)?.[1]
    expect(runtime.ESBUILD_TARGET).toBe(`node${version}`)
    // wx-server-sdk 4 and the bundles need Node 16.13 at least.
    expect(Number(version)).toBeGreaterThanOrEqual(16.13)
  })
})
