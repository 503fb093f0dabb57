// The real, pinned wx-server-sdk for tests of the local database. Jest maps the bare name
// 'wx-server-sdk' to emulator/sdk.ts, so these tests load the SDK by file path, install the database
// transport first (before cloud.init, which would otherwise probe the network) and then init it.
import type * as Sdk from 'wx-server-sdk'
import { installDatabaseTransport, type LocalDatabase } from '../../emulator/db'

export type RealSdk = typeof Sdk

export function realSdkWith(getDb: () => LocalDatabase): RealSdk {
  installDatabaseTransport(getDb)
  // Plain require on purpose: it goes through jest's module registry, like the patch above.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk/index.js') as RealSdk
  cloud.init({ env: 'local-test' })
  return cloud
}

/** The SDK's typings return `Promise<T> | void | string`; at runtime these calls return promises. */
export function call<T>(result: Promise<T> | void | string): Promise<T> {
  return result as Promise<T>
}

/** The error a rejected SDK call produced. */
export async function failure(
  result: Promise<unknown> | void | string,
): Promise<Error & { errCode?: number }> {
  try {
    await result
  } catch (e) {
    return e as Error & { errCode?: number }
  }
  throw new Error('expected the call to fail')
}
