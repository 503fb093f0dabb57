import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeployBuild, ReleaseSettingsError, releaseSettings } from '../../config/release'
import { COLLECTIONS } from '../../cloudfunctions/_shared/collections'
import { configJsonOf } from '../../deploy/config-json'
import { runDeploy } from '../../deploy/cli'
import {
  COLLECTIONS_SPEC,
  FUNCTIONS,
  MAX_INDEXES_PER_COLLECTION,
  PUSH_ROUTES,
  SUBSCRIBE_TEMPLATE_SPECS,
  type CollectionSpec,
} from '../../deploy/manifest'
import { localDatabase } from '../../emulator/local-cloud'
import { functionNames } from '../helpers/functions'
import { SUBSCRIBE_TEMPLATE_KEYS } from '../../types/subscriptions'

// The dry-run must work on a machine with no credentials and no network: loading the management
// library at all would fail this file.
jest.mock('@cloudbase/manager-node', () => {
  throw new Error('the dry-run loaded @cloudbase/manager-node')
})

const specs = COLLECTIONS_SPEC as readonly CollectionSpec[]

async function dryRun(env: Record<string, string> = {}) {
  const lines: string[] = []
  const code = await runDeploy(['--dry-run'], env, { log: (line) => lines.push(line) })
  return { code, text: lines.join('\n') }
}

describe('npm run deploy -- --dry-run', () => {
  it('prints, without credentials, every collection locked for clients and every index', async () => {
    const { code, text } = await dryRun()
    expect(code).toBe(0)
    for (const spec of specs) {
      expect(text).toContain(
        `collection ${spec.name}: create if missing; client rule {"read":false,"write":false}`,
      )
      for (const index of spec.indexes) expect(text).toContain(`index ${spec.name}.${index.name}:`)
    }
  })

  it('creates every function with the runtime its bundle is built for', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS config
    const { FUNCTIONS_RUNTIME } = require('../../config/functions-runtime.js')
    for (const fn of FUNCTIONS) expect(fn.runtime).toBe(FUNCTIONS_RUNTIME)
  })

  it('prints every function, the cron timer, the push route and the templates', async () => {
    const { text } = await dryRun({ ZHIBU_TEMPLATE_LESSON_DUE: 'tpl-lesson-id' })
    for (const fn of FUNCTIONS) expect(text).toContain(`function ${fn.name}: Nodejs16.13, timeout`)
    expect(text).toContain('trigger cron.tick: timer "0 */10 * * * * *"')
    for (const route of PUSH_ROUTES) {
      expect(text).toContain(`push route event/${route.event} → ${route.functionName}`)
    }
    for (const [key, spec] of Object.entries(SUBSCRIBE_TEMPLATE_SPECS)) {
      expect(text).toContain(`template ${key} 「${spec.title}」`)
    }
    expect(text).toContain(
      'template lessonDue 「学习任务提醒」 tpl-lesson-id: thing1:thing date2:date',
    )
    expect(text).toContain('(ZHIBU_TEMPLATE_MEETING_REMINDER not set)')
    const indexes = specs.reduce((sum, spec) => sum + spec.indexes.length, 0)
    expect(text).toContain(
      `plan: ${specs.length} collections (every one deny-all for clients), ${indexes} indexes, ` +
        `${FUNCTIONS.length} functions, 1 timer trigger, ${SUBSCRIBE_TEMPLATE_KEYS.length} templates`,
    )
  })
})

describe('the manifest is the one source', () => {
  it('lists exactly the function folders, and each config.json is the one it generates', () => {
    expect(FUNCTIONS.map((fn) => fn.name).sort()).toEqual(functionNames())
    for (const fn of FUNCTIONS) {
      const file = join(__dirname, '../../cloudfunctions', fn.name, 'config.json')
      const committed = JSON.parse(readFileSync(file, 'utf8'))
      // Out of date? `npm run deploy -- --write-config` rewrites them from deploy/manifest.ts.
      expect({ [fn.name]: committed }).toEqual({ [fn.name]: configJsonOf(fn) })
    }
  })

  it('gives a reason for every timeout above the 3 s default', () => {
    const unexplained = FUNCTIONS.filter((fn) => fn.timeout > 3 && !fn.timeoutReason)
    expect(unexplained.map((fn) => fn.name)).toEqual([])
  })

  it('is where the emulator takes its collections from', () => {
    expect(COLLECTIONS).toEqual(specs.map((spec) => spec.name))
    expect([...localDatabase().collections()].sort()).toEqual([...COLLECTIONS].sort())
  })

  it('declares at most 20 indexes a collection, each named once, none a copy of another', () => {
    for (const spec of specs) {
      expect(spec.indexes.length).toBeLessThanOrEqual(MAX_INDEXES_PER_COLLECTION)
      const names = spec.indexes.map((index) => index.name)
      expect(new Set(names).size).toBe(names.length)
      const shapes = spec.indexes.map((index) => JSON.stringify(index.keys))
      expect(new Set(shapes).size).toBe(shapes.length)
      for (const index of spec.indexes) {
        expect(index.keys.length).toBeGreaterThan(0)
        expect(index.servesQueriesIn.length).toBeGreaterThan(0)
      }
    }
  })
  // A client's own wx.cloud.database() call under these rules: test/functions/client-database.test.ts
})

describe('a weapp build for a real environment', () => {
  it('is neither npm start nor npm test: they set no deploy variables', () => {
    expect(isDeployBuild({})).toBe(false)
    expect(isDeployBuild({ ZHIBU_DEPLOY: '1' })).toBe(true)
    expect(isDeployBuild({ ZHIBU_CLOUD_ENV: 'prod-1a2b' })).toBe(true)
  })

  it('fails naming every missing variable instead of shipping a made-up env id', () => {
    expect(() => releaseSettings({ ZHIBU_DEPLOY: '1', ZHIBU_TEMPLATE_LESSON_DUE: 'x' })).toThrow(
      ReleaseSettingsError,
    )
    try {
      releaseSettings({ ZHIBU_DEPLOY: '1', ZHIBU_TEMPLATE_LESSON_DUE: 'x' })
    } catch (error) {
      expect((error as ReleaseSettingsError).missing).toEqual([
        'ZHIBU_CLOUD_ENV',
        'ZHIBU_TEMPLATE_MEETING_REMINDER',
        'ZHIBU_TEMPLATE_NOTICE_REMINDER',
        'ZHIBU_TEMPLATE_ISSUE_REPLIED',
        'ZHIBU_TEMPLATE_DUES_REMINDER',
      ])
    }
  })

  it('takes the env id and every template id when all are set', () => {
    expect(
      releaseSettings({
        ZHIBU_CLOUD_ENV: 'prod-1a2b',
        ZHIBU_TEMPLATE_MEETING_REMINDER: 'm',
        ZHIBU_TEMPLATE_LESSON_DUE: 'l',
        ZHIBU_TEMPLATE_NOTICE_REMINDER: 'n',
        ZHIBU_TEMPLATE_ISSUE_REPLIED: 'i',
        ZHIBU_TEMPLATE_DUES_REMINDER: 'd',
      }),
    ).toEqual({
      cloudEnv: 'prod-1a2b',
      templateIds: {
        meetingReminder: 'm',
        lessonDue: 'l',
        noticeReminder: 'n',
        issueReplied: 'i',
        duesReminder: 'd',
      },
    })
  })
})
