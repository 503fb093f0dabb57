// The SDK is CommonJS and the emulator patches its exports object in place: keep the live object.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import cloud = require('wx-server-sdk')

// DYNAMIC_CURRENT_ENV makes every call use the environment the function is deployed in.
// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/init/init.html
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export { cloud }

export type Database = ReturnType<typeof cloud.database>

let db: Database | undefined

export function database(): Database {
  db ??= cloud.database()
  return db
}

/**
 * Offline, the real SDK crashes the process on an unhandled rejection or hangs ~30 s (docs/PLATFORM-FACTS.md).
 * So a function refuses to run unless it is in the WeChat cloud or in the local emulator, which marks the
 * SDK object it patched.
 */
export function runtimeProblem(): string | undefined {
  const inWeChatCloud = Boolean(process.env.TENCENTCLOUD_RUNENV || process.env.CBR_ENV_ID)
  const inEmulator = Boolean((cloud as unknown as { zhibuEmulator?: boolean }).zhibuEmulator)
  if (inWeChatCloud || inEmulator) return undefined
  return (
    'Not in the WeChat cloud and not in the local emulator: refusing to reach the real ' +
    'wx-server-sdk transport. Run functions with `npm start` or `npm test`.'
  )
}
