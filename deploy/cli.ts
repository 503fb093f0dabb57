import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { releaseSettings } from '../config/release'
import { applyPlan, type Manager } from './apply'
import { configJsonOf } from './config-json'
import { FUNCTIONS } from './manifest'
import { describeStep, planDeployment, summarize, type PlanStep } from './plan'

/**
 * `npm run deploy`: the manifest → a real WeChat cloud environment. Credentials and ids come from
 * environment variables only. `--dry-run` needs none of them and no network.
 */
const ROOT = resolve(__dirname, '..')

type Env = Readonly<Record<string, string | undefined>>
export interface Io {
  log(line: string): void
}

export const USAGE = `npm run deploy                 create or update everything in deploy/manifest.ts
npm run deploy -- --dry-run    print the plan (no credentials, no network)
npm run deploy -- --write-config   regenerate cloudfunctions/*/config.json from the manifest
npm run deploy -- --bootstrap --root-name <名称> --root-kind committee|general_branch|branch --admin-openid <openid>
                               create the root org and its first admin (only in an empty environment)

Environment: ZHIBU_CLOUD_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY
(TENCENTCLOUD_SESSIONTOKEN for temporary keys), ZHIBU_TEMPLATE_MEETING_REMINDER, ZHIBU_TEMPLATE_LESSON_DUE,
ZHIBU_TEMPLATE_NOTICE_REMINDER, ZHIBU_TEMPLATE_ISSUE_REPLIED.`

export function printPlan(steps: PlanStep[], io: Io): void {
  for (const step of steps) io.log(describeStep(step))
  const counts = summarize(steps)
  io.log(
    `plan: ${counts.collection} collections (every one deny-all for clients), ${counts.index} indexes, ` +
      `${counts.function} functions, ${counts.trigger} timer trigger, ${counts.template} templates, ` +
      `${counts.pushRoute} push route, ${counts.console} console steps`,
  )
}

/** Writes each function's config.json from the manifest, formatted by the repo's prettier. */
export async function writeConfigJson(root = join(ROOT, 'cloudfunctions')): Promise<string[]> {
  const prettier = await import('prettier')
  const options = { ...(await prettier.resolveConfig(join(ROOT, 'package.json'))), parser: 'json' }
  const files: string[] = []
  for (const fn of FUNCTIONS) {
    const file = join(root, fn.name, 'config.json')
    writeFileSync(file, await prettier.format(JSON.stringify(configJsonOf(fn), null, 2), options))
    files.push(file)
  }
  return files
}

function flag(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name)
  return at >= 0 ? argv[at + 1] : undefined
}

function credentials(env: Env) {
  const secretId = env.TENCENTCLOUD_SECRETID
  const secretKey = env.TENCENTCLOUD_SECRETKEY
  if (!secretId || !secretKey) {
    throw new Error(
      'Set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (a CAM key of the account that owns the ' +
        'cloud environment: 腾讯云控制台 → 访问管理 → API 密钥), or run with --dry-run.',
    )
  }
  return { secretId, secretKey, token: env.TENCENTCLOUD_SESSIONTOKEN }
}

async function connect(env: Env): Promise<{ manager: Manager; envId: string }> {
  const envId = env.ZHIBU_CLOUD_ENV?.trim()
  if (!envId)
    throw new Error('Set ZHIBU_CLOUD_ENV to the cloud environment id, or run with --dry-run.')
  const keys = credentials(env)
  // Loaded only here: the dry-run, npm start and npm test never touch it.
  const { default: CloudBase } = await import('@cloudbase/manager-node')
  const manager = new CloudBase({ ...keys, envId }) as unknown as Manager
  return { manager, envId }
}

/** Bundles each function with the release constants into a fresh folder outside the repo. */
async function stageFunctions(env: Env): Promise<string> {
  const { templateIds } = releaseSettings({ ...env, ZHIBU_CLOUD_ENV: env.ZHIBU_CLOUD_ENV })
  const stage = mkdtempSync(join(tmpdir(), 'zhibu-deploy-'))
  const { buildFunctions, templateIdsDefine } = await import('../scripts/build-functions.mjs')
  await buildFunctions({
    define: templateIdsDefine(templateIds),
    outDir: (name) => join(stage, name),
  })
  for (const fn of FUNCTIONS) {
    mkdirSync(join(stage, fn.name), { recursive: true })
    copyFileSync(
      join(ROOT, 'cloudfunctions', fn.name, 'package.json'),
      join(stage, fn.name, 'package.json'),
    )
  }
  await writeConfigJson(stage)
  return stage
}

export async function runDeploy(argv: string[], env: Env, io: Io): Promise<number> {
  if (argv.includes('--help')) {
    io.log(USAGE)
    return 0
  }
  if (argv.includes('--write-config')) {
    for (const file of await writeConfigJson()) io.log(`wrote ${file}`)
    return 0
  }
  const steps = planDeployment(env)
  if (argv.includes('--dry-run')) {
    io.log(`dry run for ${env.ZHIBU_CLOUD_ENV || '(ZHIBU_CLOUD_ENV not set)'}: nothing is changed`)
    printPlan(steps, io)
    return 0
  }
  if (argv.includes('--bootstrap')) {
    const { manager } = await connect(env)
    const event = {
      action: 'bootstrapRoot',
      name: flag(argv, '--root-name'),
      kind: flag(argv, '--root-kind') ?? 'committee',
      adminOpenid: flag(argv, '--admin-openid'),
    }
    const { RetMsg } = await manager.functions.invokeFunction('setup', event)
    io.log(RetMsg)
    return (JSON.parse(RetMsg) as { ok?: boolean }).ok ? 0 : 1
  }
  const functionRootPath = await stageFunctions(env)
  const { manager, envId } = await connect(env)
  await applyPlan(manager, steps, { envId, functionRootPath, log: io.log })
  io.log('\nStill to do by hand:')
  for (const step of steps) {
    if (step.kind === 'console' || step.kind === 'pushRoute') io.log(describeStep(step))
  }
  return 0
}
