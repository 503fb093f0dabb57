import type { Role } from '../../types/user'
import { call, changesMadeBy, seedDemo } from '../helpers/cloud'
import { allActions } from '../helpers/functions'
import { PEOPLE, TARGETS, type Person, type Target } from './matrix/cases'
import { ORG_CASES, SIGNED_IN_CASES } from './matrix/index'

/**
 * Every org-scoped action × every kind of person × own branch / another branch / the parent org, and
 * every signed-in action × every person (cases in ./matrix/). A forbidden cell must answer FORBIDDEN
 * (UNAUTHENTICATED without identity; NOT_FOUND for a record outside every org the person has a role
 * in) and write nothing; an allowed cell must get past authorization.
 */
function allowed(person: Person, target: Target, roles: Role[]): boolean {
  if (person.admin) return true
  const role = person.roles[target]
  return role !== undefined && roles.includes(role)
}

/** What a refused cell answers. */
function refusal(person: Person, target: Target, byRecord: boolean): string {
  if (person.who === 'nobody') return 'UNAUTHENTICATED'
  const outsider = !person.admin && person.roles[target] === undefined
  return byRecord && outsider ? 'NOT_FOUND' : 'FORBIDDEN'
}

interface Cell {
  name: string
  allowed: boolean
  refusal: string
  run(): ReturnType<typeof call>
}

const cells: Cell[] = []
for (const { fn, action, roles, input, byRecord = false } of ORG_CASES) {
  for (const person of PEOPLE) {
    for (const target of TARGETS) {
      cells.push({
        name: `${fn}.${action} × ${person.label} × ${target}`,
        allowed: person.who !== 'nobody' && allowed(person, target, roles),
        refusal: refusal(person, target, byRecord),
        run: () => call(person.who, fn, { action, ...input(target, person.who) }),
      })
    }
  }
}
for (const { fn, action, input } of SIGNED_IN_CASES) {
  for (const person of PEOPLE) {
    cells.push({
      name: `${fn}.${action} × ${person.label}`,
      allowed: person.who !== 'nobody',
      refusal: 'UNAUTHENTICATED',
      run: () => call(person.who, fn, { action, ...input(person.who) }),
    })
  }
}

beforeAll(() => seedDemo())

afterAll(() => {
  const forbidden = cells.filter((cell) => !cell.allowed).length
  process.stdout.write(
    `authorization matrix: ${cells.length} cells (${cells.length - forbidden} allowed, ${forbidden} forbidden)\n`,
  )
})

/** Actions outside the matrix on purpose, with the test that covers their policy instead. */
const COVERED_ELSEWHERE = new Set([
  'cron.tick' /* cloudfunctions/cron/cron.test.ts: timer only */,
  'moderation.receiveMediaCheck' /* cloudfunctions/moderation/moderation.test.ts: pushes only */,
  'setup.bootstrapRoot' /* cloudfunctions/setup/setup.test.ts: the deploy command only */,
])

describe('authorization matrix', () => {
  it('covers every action of every function', () => {
    const covered = new Set([
      ...ORG_CASES.map((entry) => `${entry.fn}.${entry.action}`),
      ...SIGNED_IN_CASES.map((entry) => `${entry.fn}.${entry.action}`),
      ...COVERED_ELSEWHERE,
    ])
    const missing = allActions()
      .map(({ fn, action }) => `${fn}.${action}`)
      .filter((name) => !covered.has(name))
    expect(missing).toEqual([])
  })

  // Forbidden cells first, against an untouched store: each must refuse and write nothing.
  it.each(cells.filter((cell) => !cell.allowed).map((cell) => [cell.name, cell] as const))(
    'refuses %s and writes nothing',
    async (_name, cell) => {
      let reply: unknown
      const changed = await changesMadeBy(async () => {
        reply = await cell.run()
      })
      expect(reply).toMatchObject({ ok: false, code: cell.refusal })
      expect(changed).toEqual([])
    },
  )

  it.each(cells.filter((cell) => cell.allowed).map((cell) => [cell.name, cell] as const))(
    'lets %s past authorization',
    async (_name, cell) => {
      const reply = await cell.run()
      if (!reply.ok) expect(['FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL']).not.toContain(reply.code)
    },
  )
})
