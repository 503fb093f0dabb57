import { applyPlan, type ExistingIndex, type Manager } from '../../deploy/apply'
import { planDeployment } from '../../deploy/plan'

/**
 * The WeChat cloud's management API cannot exist here: this stands in for it with the shapes
 * @cloudbase/manager-node documents (DescribeTable's Indexes[].Keys[].Direction are strings; an
 * unknown function is `ResourceNotFound.Function`), keeping state so a second run sees the first.
 */
function fakeCloud() {
  const collections = new Map<string, ExistingIndex[]>()
  const rules = new Map<string, string>()
  const functions = new Map<string, { TriggerName: string; TriggerDesc: string }[]>()
  const writes: string[] = []
  const manager: Manager = {
    database: {
      async createCollectionIfNotExists(name) {
        if (collections.has(name)) return { IsCreated: false }
        collections.set(name, [
          { Name: '_id_', Unique: true, Keys: [{ Name: '_id', Direction: '1' }] },
        ])
        writes.push(`create collection ${name}`)
        return { IsCreated: true }
      },
      async describeCollection(name) {
        return { Indexes: collections.get(name) }
      },
      async updateCollection(name, change) {
        const indexes = collections.get(name) ?? []
        for (const drop of change.DropIndexes ?? []) {
          collections.set(
            name,
            indexes.filter((index) => index.Name !== drop.IndexName),
          )
          writes.push(`drop index ${name}.${drop.IndexName}`)
        }
        for (const create of change.CreateIndexes ?? []) {
          collections.get(name)?.push({
            Name: create.IndexName,
            Unique: create.MgoKeySchema.MgoIsUnique,
            Keys: create.MgoKeySchema.MgoIndexKeys,
          })
          writes.push(`create index ${name}.${create.IndexName}`)
        }
        return {}
      },
    },
    functions: {
      async getFunctionDetail(name) {
        const triggers = functions.get(name)
        if (!triggers)
          throw Object.assign(new Error('not found'), { code: 'ResourceNotFound.Function' })
        return { Triggers: triggers }
      },
      async createFunction({ func }) {
        functions.set(
          func.name,
          func.triggers.map((t) => ({ TriggerName: t.name, TriggerDesc: t.config })),
        )
        writes.push(`create function ${func.name}`)
        return {}
      },
      async updateFunctionCode({ func }) {
        writes.push(`code ${func.name}`) // uploaded every run: the code may have changed
        return {}
      },
      async updateFunctionConfig(func) {
        writes.push(`config ${func.name} ${func.runtime} ${func.timeout}s ${func.memorySize}MB`)
        return {}
      },
      async createFunctionTriggers(name, triggers) {
        functions
          .get(name)
          ?.push(...triggers.map((t) => ({ TriggerName: t.name, TriggerDesc: t.config })))
        writes.push(`create trigger ${name}`)
        return {}
      },
      async deleteFunctionTrigger(name, triggerName) {
        functions.set(
          name,
          (functions.get(name) ?? []).filter((t) => t.TriggerName !== triggerName),
        )
        writes.push(`delete trigger ${name}.${triggerName}`)
        return {}
      },
      async invokeFunction() {
        return { RetMsg: '{}' }
      },
    },
    commonService: () => ({
      async call({ Action, Param }) {
        if (Action === 'ModifySafeRule') rules.set(String(Param.CollectionName), String(Param.Rule))
        return {}
      },
    }),
  }
  return { manager, collections, rules, functions, writes }
}

const options = { envId: 'prod-1a2b', functionRootPath: '/staged', log: () => {} }

describe('npm run deploy against an environment', () => {
  it('creates every collection locked for clients, every index, function and the timer', async () => {
    const cloud = fakeCloud()
    const steps = planDeployment({})
    await applyPlan(cloud.manager, steps, options)
    const collections = steps.filter((step) => step.kind === 'collection')
    expect(cloud.collections.size).toBe(collections.length)
    expect(new Set(cloud.rules.values())).toEqual(new Set(['{"read":false,"write":false}']))
    const indexes = steps.filter((step) => step.kind === 'index').length
    expect(cloud.writes.filter((write) => write.startsWith('create index'))).toHaveLength(indexes)
    expect(cloud.functions.get('cron')).toEqual([
      { TriggerName: 'tick', TriggerDesc: '0 */10 * * * * *' },
    ])
  })

  it('run again, changes only the uploaded code and config', async () => {
    const cloud = fakeCloud()
    const steps = planDeployment({})
    await applyPlan(cloud.manager, steps, options)
    cloud.writes.length = 0
    await applyPlan(cloud.manager, steps, options)
    expect(cloud.writes.filter((write) => !/^(code|config) /.test(write))).toEqual([])
  })

  it('rebuilds an index whose keys changed and replaces a changed timer', async () => {
    const cloud = fakeCloud()
    const steps = planDeployment({})
    await applyPlan(cloud.manager, steps, options)
    const audit = cloud.collections.get('audit') ?? []
    audit[1] = { ...audit[1], Keys: [{ Name: 'orgId', Direction: '1' }] }
    cloud.functions.set('cron', [{ TriggerName: 'tick', TriggerDesc: '0 0 * * * * *' }])
    cloud.writes.length = 0
    await applyPlan(cloud.manager, steps, options)
    expect(cloud.writes.filter((write) => !/^(code|config) /.test(write))).toEqual([
      `drop index audit.${audit[1].Name}`,
      `create index audit.${audit[1].Name}`,
      'delete trigger cron.tick',
      'create trigger cron',
    ])
  })
})
