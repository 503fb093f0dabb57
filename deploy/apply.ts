import type { IndexSpec, TimerTrigger } from './manifest'
import type { PlanStep } from './plan'

/**
 * Runs a plan against a real environment with @cloudbase/manager-node (the library under
 * `tcb fn deploy`). Each step reads what exists first, so a second run changes nothing.
 * 参考文档：https://docs.cloudbase.net/api-reference/manager/node/database
 * 参考文档：https://docs.cloudbase.net/api-reference/manager/node/function
 */

/** The part of @cloudbase/manager-node this uses, typed after its own declarations. */
export interface Manager {
  database: {
    createCollectionIfNotExists(name: string): Promise<{ IsCreated: boolean }>
    describeCollection(name: string): Promise<{ Indexes?: ExistingIndex[] }>
    updateCollection(
      name: string,
      change:
        | { CreateIndexes: CreateIndex[]; DropIndexes?: never }
        | { DropIndexes: { IndexName: string }[]; CreateIndexes?: never },
    ): Promise<unknown>
  }
  functions: {
    getFunctionDetail(
      name: string,
    ): Promise<{ Triggers?: { TriggerName: string; TriggerDesc: string }[] }>
    createFunction(param: {
      func: CloudFunction
      functionRootPath: string
      force: boolean
    }): Promise<unknown>
    updateFunctionCode(param: { func: CloudFunction; functionRootPath: string }): Promise<unknown>
    updateFunctionConfig(func: CloudFunction): Promise<unknown>
    createFunctionTriggers(name: string, triggers: TimerTrigger[]): Promise<unknown>
    deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>
    invokeFunction(name: string, params: Record<string, unknown>): Promise<{ RetMsg: string }>
  }
  commonService(
    service: string,
    version: string,
  ): {
    call(options: { Action: string; Param: Record<string, unknown> }): Promise<unknown>
  }
}

export interface ExistingIndex {
  Name: string
  Unique: boolean
  Keys: { Name: string; Direction: string }[]
}

interface CreateIndex {
  IndexName: string
  MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean }
}

/** A cloudbaserc-style function entry (ICloudFunction of manager-node). */
export interface CloudFunction {
  name: string
  runtime: string
  timeout: number
  memorySize: number
  handler: string
  installDependency: boolean
  triggers: TimerTrigger[]
  ignore: string[]
}

export interface ApplyOptions {
  envId: string
  /** Folder holding one staged folder per function (index.js, package.json, config.json). */
  functionRootPath: string
  log(line: string): void
}

function toCreateIndex(index: IndexSpec): CreateIndex {
  return {
    IndexName: index.name,
    MgoKeySchema: {
      MgoIndexKeys: index.keys.map(([field, direction]) => ({
        Name: field,
        Direction: String(direction),
      })),
      MgoIsUnique: Boolean(index.unique),
    },
  }
}

export function sameIndex(existing: ExistingIndex, wanted: IndexSpec): boolean {
  return (
    Boolean(existing.Unique) === Boolean(wanted.unique) &&
    existing.Keys.length === wanted.keys.length &&
    existing.Keys.every(
      (key, i) => key.Name === wanted.keys[i][0] && key.Direction === String(wanted.keys[i][1]),
    )
  )
}

export function cloudFunctionOf(step: Extract<PlanStep, { kind: 'function' }>): CloudFunction {
  const { fn } = step
  return {
    name: fn.name,
    runtime: fn.runtime,
    timeout: fn.timeout,
    memorySize: fn.memorySize,
    handler: 'index.main',
    // Only wx-server-sdk is a dependency (pinned in package.json); the platform installs it.
    installDependency: true,
    triggers: fn.triggers.map((trigger) => ({ ...trigger })),
    ignore: ['node_modules', 'node_modules/**/*'],
  }
}

async function applyIndexes(
  manager: Manager,
  collection: string,
  wanted: IndexSpec[],
  log: ApplyOptions['log'],
) {
  const { Indexes = [] } = await manager.database.describeCollection(collection)
  for (const index of wanted) {
    const existing = Indexes.find((candidate) => candidate.Name === index.name)
    if (existing && sameIndex(existing, index)) continue
    if (existing) {
      // Create and drop cannot go in one request.
      await manager.database.updateCollection(collection, {
        DropIndexes: [{ IndexName: index.name }],
      })
    }
    await manager.database.updateCollection(collection, { CreateIndexes: [toCreateIndex(index)] })
    log(`  ${existing ? 'rebuilt' : 'created'} index ${collection}.${index.name}`)
  }
  const known = new Set(['_id_', ...wanted.map((index) => index.name)])
  for (const extra of Indexes.filter((index) => !known.has(index.Name))) {
    log(`  note: index ${collection}.${extra.Name} is not in the manifest (left in place)`)
  }
}

async function functionExists(manager: Manager, name: string) {
  try {
    return await manager.functions.getFunctionDetail(name)
  } catch (error) {
    if ((error as { code?: string }).code === 'ResourceNotFound.Function') return undefined
    throw error
  }
}

async function applyFunction(manager: Manager, func: CloudFunction, options: ApplyOptions) {
  const detail = await functionExists(manager, func.name)
  if (!detail) {
    await manager.functions.createFunction({
      func,
      functionRootPath: options.functionRootPath,
      force: true,
    })
    options.log(`  created function ${func.name}`)
    return
  }
  await manager.functions.updateFunctionCode({ func, functionRootPath: options.functionRootPath })
  await manager.functions.updateFunctionConfig(func)
  const existing = detail.Triggers ?? []
  const current = (trigger: TimerTrigger) =>
    existing.some((row) => row.TriggerName === trigger.name && row.TriggerDesc === trigger.config)
  for (const row of existing) {
    if (!func.triggers.some((trigger) => trigger.name === row.TriggerName && current(trigger))) {
      await manager.functions.deleteFunctionTrigger(func.name, row.TriggerName)
    }
  }
  const missing = func.triggers.filter((trigger) => !current(trigger))
  if (missing.length) await manager.functions.createFunctionTriggers(func.name, missing)
  options.log(`  updated function ${func.name} (code, config${missing.length ? ', trigger' : ''})`)
}

export async function applyPlan(manager: Manager, steps: PlanStep[], options: ApplyOptions) {
  const indexesOf = (collection: string) =>
    steps.flatMap((step) =>
      step.kind === 'index' && step.collection === collection ? [step.index] : [],
    )
  for (const step of steps) {
    switch (step.kind) {
      case 'collection': {
        const { IsCreated } = await manager.database.createCollectionIfNotExists(step.collection)
        // 参考文档：https://cloud.tencent.com/document/api/876/128959 (ModifySafeRule)
        await manager.commonService('tcb', '2018-06-08').call({
          Action: 'ModifySafeRule',
          Param: {
            EnvId: options.envId,
            CollectionName: step.collection,
            AclTag: 'CUSTOM',
            Rule: JSON.stringify(step.rule),
          },
        })
        options.log(`${IsCreated ? 'created' : 'kept'} collection ${step.collection}, rule set`)
        await applyIndexes(manager, step.collection, indexesOf(step.collection), options.log)
        break
      }
      case 'function':
        await applyFunction(manager, cloudFunctionOf(step), options)
        break
      case 'index':
      case 'trigger':
        break // applied with their collection / function
      case 'template':
      case 'pushRoute':
      case 'console':
        break // printed by the caller: nothing to call
      default: {
        const unknown: never = step
        throw new Error(`unknown step ${JSON.stringify(unknown)}`)
      }
    }
  }
}
