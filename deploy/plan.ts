import { TEMPLATE_ID_VARIABLES } from '../config/release'
import type { SubscribeTemplate } from '../types/subscriptions'
import {
  COLLECTIONS_SPEC,
  CONSOLE_STEPS,
  FUNCTIONS,
  PUSH_ROUTES,
  SUBSCRIBE_TEMPLATE_SPECS,
  type CollectionSpec,
  type ConsoleStep,
  type FunctionSpec,
  type IndexSpec,
  type PushRoute,
  type TemplateSpec,
  type TimerTrigger,
} from './manifest'

/** Everything `npm run deploy` does or asks a person to do, in order: the manifest, flattened. */
export type PlanStep =
  | { kind: 'collection'; collection: string; rule: CollectionSpec['rule'] }
  | { kind: 'index'; collection: string; index: IndexSpec }
  | { kind: 'function'; fn: FunctionSpec }
  | { kind: 'trigger'; functionName: string; trigger: TimerTrigger }
  | { kind: 'template'; template: SubscribeTemplate; spec: TemplateSpec; id: string | undefined }
  | { kind: 'pushRoute'; route: PushRoute; receiverDeployed: boolean }
  | { kind: 'console'; step: ConsoleStep }

export function planDeployment(env: Readonly<Record<string, string | undefined>>): PlanStep[] {
  const steps: PlanStep[] = []
  for (const spec of COLLECTIONS_SPEC as readonly CollectionSpec[]) {
    steps.push({ kind: 'collection', collection: spec.name, rule: spec.rule })
    for (const index of spec.indexes) steps.push({ kind: 'index', collection: spec.name, index })
  }
  for (const fn of FUNCTIONS) {
    steps.push({ kind: 'function', fn })
    for (const trigger of fn.triggers)
      steps.push({ kind: 'trigger', functionName: fn.name, trigger })
  }
  for (const [template, spec] of Object.entries(SUBSCRIBE_TEMPLATE_SPECS)) {
    const key = template as SubscribeTemplate
    steps.push({ kind: 'template', template: key, spec, id: env[TEMPLATE_ID_VARIABLES[key]] })
  }
  for (const route of PUSH_ROUTES) {
    const receiverDeployed = FUNCTIONS.some((fn) => fn.name === route.functionName)
    steps.push({ kind: 'pushRoute', route, receiverDeployed })
  }
  for (const step of CONSOLE_STEPS) steps.push({ kind: 'console', step })
  return steps
}

const keysText = (index: IndexSpec) =>
  index.keys.map(([field, direction]) => `${field} ${direction === 1 ? '↑' : '↓'}`).join(', ')

/** One line per step, for the dry-run and the log of a real run. */
export function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'collection':
      return `collection ${step.collection}: create if missing; client rule ${JSON.stringify(step.rule)}`
    case 'index':
      return `  index ${step.collection}.${step.index.name}: ${keysText(step.index)}${step.index.unique ? ' (unique)' : ''}`
    case 'function': {
      const { fn } = step
      const openapi = fn.openapi.length ? fn.openapi.join(', ') : 'none'
      const reason = fn.timeoutReason ? ` — ${fn.timeoutReason}` : ''
      return `function ${fn.name}: ${fn.runtime}, timeout ${fn.timeout} s${reason}, ${fn.memorySize} MB, openapi: ${openapi}`
    }
    case 'trigger':
      return `  trigger ${step.functionName}.${step.trigger.name}: ${step.trigger.type} "${step.trigger.config}"`
    case 'template': {
      const keywords = Object.entries(step.spec.keywords)
        .map(([key, kind]) => `${key}:${kind}`)
        .join(' ')
      const id = step.id ? step.id : `(${step.spec.idFrom} not set)`
      return `template ${step.template} 「${step.spec.title}」 ${id}: ${keywords}`
    }
    case 'pushRoute': {
      const { route } = step
      const state = step.receiverDeployed
        ? 'set in the console (see below)'
        : `not routed yet: function ${route.functionName} is not in this build`
      return `push route ${route.msgType}/${route.event} → ${route.functionName}: ${state}`
    }
    case 'console':
      return `by hand: ${step.step.what}\n    ${step.step.where}\n    ${step.step.doc}`
    default: {
      const unknown: never = step
      throw new Error(`unknown step ${JSON.stringify(unknown)}`)
    }
  }
}

/** Counts for the plan's closing line. */
export function summarize(steps: PlanStep[]): Record<PlanStep['kind'], number> {
  const counts = {
    collection: 0,
    index: 0,
    function: 0,
    trigger: 0,
    template: 0,
    pushRoute: 0,
    console: 0,
  }
  for (const step of steps) counts[step.kind] += 1
  return counts
}
