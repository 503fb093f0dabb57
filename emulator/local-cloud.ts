import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type * as Sdk from 'wx-server-sdk'
import { COLLECTIONS } from '../cloudfunctions/_shared/collections'
import { currentScope } from './context'
import { installDatabaseTransport, openLocalDatabase, type LocalDatabase } from './db'
import { DEMO_APPID, invokeFunction, type FunctionHost, type Invoker } from './functions'
import { getOpenData } from './open-data'
import { localOpenapi } from './openapi'
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
  const context: Record<string, string> = { ENV: LOCAL_ENV, SOURCE: scope.source }
  if (scope.openid) context.OPENID = scope.openid
  context.APPID = scope.appid || DEMO_APPID
  if (scope.unionid) context.UNIONID = scope.unionid
  context.CLIENTIP = scope.clientIp
  return context
}

async function callFunction(params: { name: string; data?: unknown }) {
  const scope = currentScope()
  const { result, requestID } = await callFunctionAs(params.name, params.data ?? {}, {
    openid: scope?.openid ?? '',
    appid: scope?.appid,
    source: 'wx_cloud',
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

// The seed and tests use the database before any function has loaded (and called init itself).
cloud.init({ env: LOCAL_ENV })

export { cloud }
