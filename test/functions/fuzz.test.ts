import fc from 'fast-check'
import { ERROR_CODES } from '../../types/errors'
import { FunctionCallError } from '../../emulator/functions'
import { call, changesMadeBy, seedDemo, type Who } from '../helpers/cloud'
import { allActions } from '../helpers/functions'
import { brokenPayload, hostilePayload } from '../fuzz/hostile'
import { ORG_CASES, SIGNED_IN_CASES } from './matrix/index'

/**
 * Every action of every function gets hostile payloads as every kind of person. Each reply must be a
 * typed error or a correct result — never a crash, a timeout or INTERNAL — and a refused payload must
 * write nothing.
 */
const TOTAL_PAYLOADS = Number(process.env.FUZZ_PAYLOADS ?? 10_000)
const SEED = Number(process.env.FUZZ_SEED ?? 20261122)

const PEOPLE: Who[] = [
  'secretary',
  'committee',
  'member',
  'admin',
  'resident',
  'nobody',
  { openid: 'o_demo_deputy' },
  { openid: 'o_demo_05' },
]

/**
 * The fuzz runs every action through exports (docx/xlsx), dashboards and bursts of writes: each
 * action's share gets a timeout sized for a loaded 2-core CI machine, never for this machine's speed.
 */
const PER_ACTION_TIMEOUT_MS = 15 * 60_000

/** Every own property of the shared prototypes, to prove no payload changed any of them. */
const PROTOTYPES = { Object, Array, Function, String, Number, Boolean, Date, RegExp, Promise }
function prototypeShapes() {
  return Object.fromEntries(
    Object.entries(PROTOTYPES).map(([name, ctor]) => [
      name,
      Reflect.ownKeys(ctor.prototype)
        .map(String)
        .sort()
        .map((key) => {
          const d = Object.getOwnPropertyDescriptor(ctor.prototype, key)
          return `${key}:${typeof d?.value}:${d?.writable}:${d?.enumerable}:${typeof d?.get}`
        }),
    ]),
  )
}
const prototypesBefore = prototypeShapes()

const outcomes = new Map<string, number>()
const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)

beforeAll(() => seedDemo())

afterAll(() => {
  const total = [...outcomes.values()].reduce((sum, n) => sum + n, 0)
  const rows = [...outcomes.entries()].sort((a, b) => b[1] - a[1])
  process.stdout.write(
    `fuzz: ${total} hostile payloads (seed ${SEED}): ${rows.map(([k, n]) => `${k} ${n}`).join(', ')}\n`,
  )
})

/** A valid payload per action (from the matrix cases), to break one thing at a time. */
function validPayload(fn: string, action: string, who: Who): Record<string, unknown> | undefined {
  const orgCase = ORG_CASES.find((entry) => entry.fn === fn && entry.action === action)
  if (orgCase) return orgCase.input('org-branch-1', who)
  return SIGNED_IN_CASES.find((entry) => entry.fn === fn && entry.action === action)?.input(who)
}

function payloadsFor(fn: string, action: string, who: Who, index: number) {
  const valid = validPayload(fn, action, who)
  const arbitrary = valid && index % 3 !== 0 ? brokenPayload(valid) : hostilePayload
  return fc.sample(arbitrary, { numRuns: 1, seed: SEED + index })[0]
}

const actions = allActions()
const perAction = Math.ceil(TOTAL_PAYLOADS / actions.length)

describe('hostile input to every action', () => {
  it.each(actions.map(({ fn, action }) => [`${fn}.${action}`, fn, action] as const))(
    '%s answers every hostile payload with a typed error or a result, and refusals write nothing',
    async (_name, fn, action) => {
      const problems: string[] = []
      for (let index = 0; index < perAction; index++) {
        const who = PEOPLE[index % PEOPLE.length]
        const payload = payloadsFor(fn, action, who, index)
        let reply: Awaited<ReturnType<typeof call>> | undefined
        let changed: string[]
        try {
          changed = await changesMadeBy(async () => {
            reply = await call(who, fn, { ...payload, action })
          })
        } catch (error) {
          count(error instanceof FunctionCallError ? 'CRASH' : 'THROWN')
          problems.push(`${JSON.stringify(payload).slice(0, 200)} → ${(error as Error).message}`)
          continue
        }
        if (!reply) throw new Error('unreachable: the call answered nothing')
        if (reply.ok) {
          count('ok')
          continue
        }
        count(reply.code)
        if (!ERROR_CODES.includes(reply.code) || reply.code === 'INTERNAL') {
          problems.push(`${JSON.stringify(payload).slice(0, 200)} → ${reply.code} ${reply.message}`)
        }
        if (changed.length > 0) {
          problems.push(`${JSON.stringify(payload).slice(0, 200)} → refused but wrote ${changed}`)
        }
      }
      expect(problems).toEqual([])
    },
    PER_ACTION_TIMEOUT_MS,
  )

  it('left every shared prototype as it was, after every payload of every action', () => {
    expect(prototypeShapes()).toEqual(prototypesBefore)
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })
})
