import type { SubscribeTemplate } from '../types/subscriptions'
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, shared with scripts/
const { TEMPLATE_ID_ENV } = require('./subscribe-templates.js') as {
  TEMPLATE_ID_ENV: Record<SubscribeTemplate, string>
}

/**
 * What a build for a real environment must be told, from environment variables only (never in the
 * repo): the cloud environment id and the subscribe template ids. Local builds (`npm start`,
 * `npm test`) need none of them. Lives in config/, and takes only types (erased) from outside it, because
 * Taro compiles only this folder when it loads the build config.
 */
export interface ReleaseSettings {
  cloudEnv: string
  templateIds: Record<SubscribeTemplate, string>
}

/** The variable holding each template id picked in 公众平台 → 功能 → 订阅消息. */
export const TEMPLATE_ID_VARIABLES: Readonly<Record<SubscribeTemplate, string>> = TEMPLATE_ID_ENV

type Env = Readonly<Record<string, string | undefined>>

/** A weapp build is for deployment when asked (ZHIBU_DEPLOY=1) or when it names a real env. */
export function isDeployBuild(env: Env): boolean {
  return env.ZHIBU_DEPLOY === '1' || Boolean(env.ZHIBU_CLOUD_ENV)
}

export class ReleaseSettingsError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `A build for a real WeChat cloud environment needs ${missing.join(', ')}.\n` +
        'Set ZHIBU_CLOUD_ENV to the environment id (云开发控制台 → 设置 → 环境 ID) and each ' +
        'ZHIBU_TEMPLATE_* to the template id picked in 公众平台 → 功能 → 订阅消息 (see README "Deploy").',
    )
    this.name = 'ReleaseSettingsError'
  }
}

/** The settings, or an error that lists every variable still missing. */
export function releaseSettings(env: Env): ReleaseSettings {
  const missing: string[] = []
  const cloudEnv = env.ZHIBU_CLOUD_ENV?.trim() ?? ''
  if (!cloudEnv) missing.push('ZHIBU_CLOUD_ENV')
  const templateIds = {} as Record<SubscribeTemplate, string>
  for (const [key, variable] of Object.entries(TEMPLATE_ID_VARIABLES)) {
    const id = env[variable]?.trim() ?? ''
    if (!id) missing.push(variable)
    templateIds[key as SubscribeTemplate] = id
  }
  if (missing.length) throw new ReleaseSettingsError(missing)
  return { cloudEnv, templateIds }
}
