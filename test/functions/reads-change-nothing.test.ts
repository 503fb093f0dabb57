import { DEMO_IDENTITY_KEYS } from '../../emulator/demo/identities'
import { seedDemoData } from '../../emulator/demo/seed'
import { localDatabase } from '../../emulator/local-cloud'
import { call, callOk, storeContents, type Who } from '../helpers/cloud'
import { functionNames } from '../helpers/functions'
import { TARGETS } from './matrix/cases'
import { ORG_CASES, SIGNED_IN_CASES } from './matrix/index'

/**
 * Invariant: a read changes nothing. Every action a function declares `readOnly`, called as every
 * demo identity (and the matrix's extra people) with valid payloads drawn from the demo data, leaves
 * every collection as it was — except the audit trail, which it may only append to.
 */
jest.setTimeout(600_000)

type Main = { actionNames: string[]; readOnlyActions: string[] }
function routerOf(fn: string): Main {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- load the real router
  return (require(`../../cloudfunctions/${fn}/src/index.ts`) as { main: Main }).main
}

/** Reads by name that write on purpose, with the reason. */
const WRITING_READS: Record<string, string> = {
  'lesson.getLesson': 'opening a lesson starts the reader’s reading session (its progress row)',
}
const READ_NAME = /^(get|list|view|read)[A-Z]/

const PEOPLE: Who[] = [
  ...DEMO_IDENTITY_KEYS,
  { openid: 'o_demo_deputy' },
  { openid: 'o_demo_05' },
  { openid: 'o_demo_07' },
  'nobody',
]

/** Id fields a payload may carry, and the collection whose demo records fill them. */
const ID_FIELDS: Record<string, string> = {
  activityId: 'activities',
  issueId: 'issues',
  lessonId: 'lessons',
  meetingId: 'meetings',
  noticeId: 'notices',
  code: 'invites',
}
/** Enough to reach every demo record of the small collections and a fair sample of the rest. */
const IDS_PER_FIELD = 12

function payloadsFor(fn: string, action: string, who: Who): Record<string, unknown>[] {
  const base: Record<string, unknown>[] = [
    ...ORG_CASES.filter((c) => c.fn === fn && c.action === action).flatMap((c) =>
      TARGETS.map((target) => c.input(target, who)),
    ),
    ...SIGNED_IN_CASES.filter((c) => c.fn === fn && c.action === action).map((c) => c.input(who)),
  ]
  const store = storeContents() as Record<string, Array<{ _id: string; orgId?: string }>>
  const drawn: Record<string, unknown>[] = []
  for (const payload of base) {
    for (const [field, collection] of Object.entries(ID_FIELDS)) {
      if (!(field in payload)) continue
      for (const record of (store[collection] ?? []).slice(0, IDS_PER_FIELD)) {
        const variant = { ...payload, [field]: record._id }
        if ('orgId' in payload && record.orgId) variant.orgId = record.orgId
        drawn.push(variant)
      }
    }
  }
  return [...base, ...drawn]
}

const reads = functionNames().flatMap((fn) =>
  routerOf(fn).readOnlyActions.map((action) => ({ fn, action })),
)
const totals = { actions: 0, calls: 0, ok: 0 }

beforeAll(async () => {
  // Seeded at the real clock, so the demo's meeting and activity in their sign-in windows are open
  // now and the hosts' code screens answer.
  await seedDemoData(new Date())
  // The demo data has no open invite; make one so viewInvite has a real code to read.
  await callOk('secretary', 'org', { action: 'createInvite', orgId: 'org-branch-1' })
})

afterAll(() => {
  process.stdout.write(
    `reads change nothing: ${totals.actions} read actions, ${totals.calls} calls as ${PEOPLE.length} people (${totals.ok} answered ok)\n`,
  )
})

it('every action named like a read is declared readOnly, or says why it writes', () => {
  const undeclared = functionNames().flatMap((fn) => {
    const router = routerOf(fn)
    return router.actionNames
      .filter((action) => READ_NAME.test(action) && !router.readOnlyActions.includes(action))
      .map((action) => `${fn}.${action}`)
      .filter((name) => !(name in WRITING_READS))
  })
  expect(undeclared).toEqual([])
})

describe('reads change nothing but the audit trail', () => {
  it.each(reads.map(({ fn, action }) => [`${fn}.${action}`, fn, action] as const))(
    '%s, as every person, with payloads from the demo data',
    async (_name, fn, action) => {
      const problems: string[] = []
      let ok = 0
      for (const who of PEOPLE) {
        for (const payload of payloadsFor(fn, action, who)) {
          let replied = false
          const differences = await localDatabase().changedBy(async () => {
            replied = (await call(who, fn, { ...payload, action })).ok
          })
          totals.calls++
          if (replied) ok++
          const label = `${JSON.stringify(who)} ${JSON.stringify(payload).slice(0, 120)}`
          // A read may add to the audit trail (who read someone's 党费 base), never anything else.
          const changed = differences.filter(({ doc }) => !doc.startsWith('audit/'))
          if (changed.length > 0)
            problems.push(`${label} changed ${changed.map(({ doc }) => doc).join(', ')}`)
          if (differences.some(({ doc, added }) => doc.startsWith('audit/') && !added))
            problems.push(`${label} rewrote the audit trail`)
        }
      }
      totals.actions++
      totals.ok += ok
      expect(problems).toEqual([])
      // The payloads must reach the handler for someone, or this proves nothing about the read.
      expect(ok).toBeGreaterThan(0)
    },
  )
})
