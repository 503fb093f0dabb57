import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type * as Sdk from 'wx-server-sdk'
import { COLLECTIONS } from '../cloudfunctions/_shared/collections'
import { SUBSCRIBE_TEMPLATE_KEYS, TEMPLATE_ID_ENV } from '../types/subscriptions'
import { currentScope } from './context'
import { installDatabaseTransport, openLocalDatabase, type LocalDatabase } from './db'
import { DEMO_APPID, invokeFunction, type FunctionHost, type Invoker } from './functions'
import { getOpenData } from './open-data'
import { localOpenapi, subscribeMessages } from './openapi'
import { SOURCES, wxContext } from './platform/context'
import { createLocalStorage, LOCAL_ENV } from './storage'

/**
 * The one patched instance of the real, pinned wx-server-sdk. Only what cannot exist here is replaced:
 * the database transport (→ a local engine), identity (→ the current call scope), function calls
 * (→ in-process), storage (→ local files), openapi (→ a recorded outbox) and open data (→ local CloudIDs).
 */
export interface EmulatorOptions {
  /** Durable data folder; undefined keeps everything in memory (unit tests). */
  dataDir?: string
  functions: FunctionHost
  publicUrl: string
}

const options: EmulatorOptions = {
  functions: { root: resolve(__dirname, '../cloudfunctions'), entry: 'source' },
  publicUrl: 'http://127.0.0.1:8787',
}

let database: LocalDatabase | undefined
let scratchDir: string | undefined

export function configureEmulator(changes: Partial<EmulatorOptions>): void {
  if (database && 'dataDir' in changes && changes.dataDir !== options.dataDir) {
    throw new Error('configure the data folder before the first database call')
  }
  Object.assign(options, changes)
}

export function localDatabase(): LocalDatabase {
  database ??= openLocalDatabase({
    dir: options.dataDir && join(options.dataDir, 'db'),
    collections: COLLECTIONS,
  })
  return database
}

export async function closeEmulator(): Promise<void> {
  await database?.close()
  database = undefined
}

function storageRoot(): string {
  if (options.dataDir) return join(options.dataDir, 'storage')
  scratchDir ??= mkdtempSync(join(tmpdir(), 'zhibu-storage-'))
  return scratchDir
}

/** Calls a function as the given person, the way the platform would for a client call. */
export function callFunctionAs(name: string, event: unknown, invoker: Invoker) {
  return invokeFunction(options.functions, name, event, invoker)
}

// The real SDK module, by file path: jest maps the bare name 'wx-server-sdk' to emulator/sdk.ts. A plain
// module-scoped require keeps it in jest's registry, with the transport patched by emulator/db.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloud = require('wx-server-sdk/index.js') as typeof Sdk

installDatabaseTransport(localDatabase)
const storage = createLocalStorage(() => ({ root: storageRoot(), publicUrl: options.publicUrl }))

function getWXContext() {
  const scope = currentScope()
  if (!scope) return {}
  return wxContext({
    env: LOCAL_ENV,
    source: scope.source,
    openid: scope.openid,
    appid: scope.appid || DEMO_APPID,
    unionid: scope.unionid,
    clientIp: scope.clientIp,
  })
}

async function callFunction(params: { name: string; data?: unknown }) {
  const scope = currentScope()
  const { result, requestID } = await callFunctionAs(params.name, params.data ?? {}, {
    openid: scope?.openid ?? '',
    appid: scope?.appid,
    // SOURCE follows the call chain: the app calling A calling B gives B `wx_client,scf`.
    source: scope ? `${scope.source},${SOURCES.function}` : SOURCES.function,
  })
  return { result, requestID, errMsg: 'cloud.callFunction:ok' }
}

Object.assign(cloud, {
  zhibuEmulator: true,
  getWXContext,
  callFunction,
  openapi: localOpenapi,
  getOpenData,
  ...storage,
})

/**
 * Template ids are deployment configuration (types/subscriptions.ts): a real deployment sets them, the
 * local cloud uses its own, which its subscribeMessage.send knows — so `npm start` and `npm test` need
 * none configured. A test may clear one to see the function report it missing.
 */
for (const template of SUBSCRIBE_TEMPLATE_KEYS) {
  process.env[TEMPLATE_ID_ENV[template]] ||= `local_template_${template}`
}
const configuredIds = SUBSCRIBE_TEMPLATE_KEYS.map(
  (template) => process.env[TEMPLATE_ID_ENV[template]],
)
subscribeMessages.useTemplateIds(() => configuredIds.filter((id): id is string => Boolean(id)))

// The seed and tests use the database before any function has loaded (and called init itself).
cloud.init({ env: LOCAL_ENV })

export { cloud }
