import type { FunctionSpec } from './manifest'

/**
 * A function's `config.json`, as WeChat DevTools and miniprogram-ci upload it and the emulator reads
 * it (timeout): generated from the manifest, never edited by hand. `npm run deploy -- --write-config`
 * rewrites them; test/deploy/manifest.test.ts fails when a committed one differs.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/triggers.html
 */
export interface FunctionConfigJson {
  timeout: number
  triggers?: { name: string; type: 'timer'; config: string }[]
  permissions: { openapi: string[] }
}

export function configJsonOf(spec: FunctionSpec): FunctionConfigJson {
  return {
    timeout: spec.timeout,
    ...(spec.triggers.length ? { triggers: spec.triggers.map((trigger) => ({ ...trigger })) } : {}),
    permissions: { openapi: [...spec.openapi] },
  }
}
