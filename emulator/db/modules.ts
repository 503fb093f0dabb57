// Loads the SDK's own internal modules (the database transport class, node-sdk helpers, the bson
// build the SDK serialises with) from wx-server-sdk's install location, so the emulator patches and
// speaks exactly the module instances the pinned SDK uses — never a second copy that happens to be
// hoisted elsewhere in node_modules.
//
// This uses the module-scoped `require` on purpose (not createRequire): under jest that is jest's
// module registry, the same one in which the test or emulator/sdk.ts loads wx-server-sdk, so the
// class patched here is the class that SDK instance uses.
import { dirname } from 'node:path'

const here = require as unknown as NodeJS.Require

function resolveFrom(base: string, id: string): string {
  return here.resolve(id, { paths: [base] })
}

const sdkDir = dirname(here.resolve('wx-server-sdk/package.json'))
const nodeSdkDir = dirname(resolveFrom(sdkDir, '@cloudbase/node-sdk/package.json'))
const databaseDir = dirname(resolveFrom(nodeSdkDir, '@cloudbase/database/package.json'))

/** `require` a module as wx-server-sdk's @cloudbase/node-sdk would resolve it. */
export function requireNodeSdk<T>(id: string): T {
  return here(resolveFrom(nodeSdkDir, id)) as T
}

/** `require` a module as @cloudbase/database (the query builder) would resolve it. */
export function requireDatabaseSdk<T>(id: string): T {
  return here(resolveFrom(databaseDir, id)) as T
}

/** Installed versions of the pinned chain; the wire-contract test records them. */
export function sdkVersions(): Record<string, string> {
  const version = (dir: string) => (here(`${dir}/package.json`) as { version: string }).version
  return {
    'wx-server-sdk': version(sdkDir),
    '@cloudbase/node-sdk': version(nodeSdkDir),
    '@cloudbase/database': version(databaseDir),
  }
}
