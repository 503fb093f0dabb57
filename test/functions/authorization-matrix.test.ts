import type { Role } from '../../types/user'
import { call, seedDemo, storeContents, type Who } from '../helpers/cloud'
import { groupCloudIdFor } from '../helpers/group'

/**
 * Every org-scoped action × every kind of person × own branch / another branch / the parent org.
 * The expectations below are the product rules written out by hand, not read from the code: a
 * forbidden cell must answer FORBIDDEN (UNAUTHENTICATED without identity) and write nothing; an
 * allowed cell must get past authorization.
 */
type Person = {
  who: Who
  label: string
  /** Roles held, by org they are held in. */
  roles: Partial<Record<Target, Role>>
  admin?: boolean
}
type Target = 'org-branch-1' | 'org-branch-2' | 'org-general'

const PEOPLE: Person[] = [
  { who: 'secretary', label: '书记(支部1)', roles: { 'org-branch-1': 'secretary' } },
  { who: { openid: 'o_demo_deputy' }, label: '副书记(支部1)', roles: { 'org-branch-1': 'deputy' } },
  { who: 'committee', label: '支委(支部1)', roles: { 'org-branch-1': 'committee' } },
  { who: 'member', label: '党员(支部1)', roles: { 'org-branch-1': 'member' } },
  {
    who: { openid: 'o_demo_07' },
    label: '预备党员(支部1)',
    roles: { 'org-branch-1': 'probationary' },
  },
  { who: { openid: 'o_demo_05' }, label: '党员(支部2)', roles: { 'org-branch-2': 'member' } },
  { who: 'admin', label: '党委管理员', roles: {}, admin: true },
  { who: 'resident', label: '群众', roles: {} },
  { who: 'nobody', label: '无身份', roles: {} },
]
const TARGETS: Target[] = ['org-branch-1', 'org-branch-2', 'org-general']

const ANY: Role[] = ['secretary', 'deputy', 'committee', 'member', 'probationary', 'admin']
const LEADERS: Role[] = ['secretary', 'deputy']
const SECRETARY: Role[] = ['secretary']
const ADMIN: Role[] = []

const PARENT: Record<Target, string> = {
  'org-branch-1': 'org-general',
  'org-branch-2': 'org-general',
  'org-general': 'org-committee',
}
const A_MEMBER: Record<Target, string> = {
  'org-branch-1': 'o_demo_member',
  'org-branch-2': 'o_demo_05',
  'org-general': 'o_demo_member',
}

interface OrgActionCase {
  action: string
  roles: Role[]
  input(target: Target, who: Who): Record<string, unknown>
}

// Destructive-for-the-caller actions (leaveOrg) come last so earlier cells keep their people.
const ORG_ACTIONS: OrgActionCase[] = [
  { action: 'getHome', roles: ANY, input: (orgId) => ({ orgId }) },
  { action: 'listMembers', roles: ANY, input: (orgId) => ({ orgId }) },
  { action: 'getTree', roles: LEADERS, input: (orgId) => ({ orgId }) },
  { action: 'listAudit', roles: SECRETARY, input: (orgId) => ({ orgId }) },
  { action: 'listJoinRequests', roles: LEADERS, input: (orgId) => ({ orgId }) },
  { action: 'createInvite', roles: LEADERS, input: (orgId) => ({ orgId }) },
  {
    action: 'decideJoin',
    roles: LEADERS,
    input: (orgId) => ({ orgId, memberId: 'o_demo_resident', approve: true }),
  },
  {
    action: 'bindGroup',
    roles: LEADERS,
    input: (orgId, who) => ({ orgId, groupCloudId: groupCloudIdFor(who, `matrix-${orgId}`) }),
  },
  {
    action: 'setRole',
    roles: SECRETARY,
    input: (orgId) => ({ orgId, memberId: A_MEMBER[orgId], role: 'member' }),
  },
  {
    action: 'removeMember',
    roles: SECRETARY,
    input: (orgId) => ({ orgId, memberId: 'o_demo_resident', reason: '矩阵测试' }),
  },
  {
    action: 'createOrg',
    roles: ADMIN,
    input: (parentId) => ({
      parentId,
      name: '矩阵测试组织',
      kind: parentId === 'org-general' ? 'branch' : 'group',
    }),
  },
  { action: 'renameOrg', roles: ADMIN, input: (orgId) => ({ orgId, name: `${orgId}改名` }) },
  { action: 'moveOrg', roles: ADMIN, input: (orgId) => ({ orgId, parentId: PARENT[orgId] }) },
  { action: 'archiveOrg', roles: ADMIN, input: (orgId) => ({ orgId }) },
  { action: 'leaveOrg', roles: ANY, input: (orgId) => ({ orgId }) },
]

/** Actions any identified person may call (what they then see is scoped inside). */
const SIGNED_IN_ACTIONS: {
  fn: string
  action: string
  input(who: Who): Record<string, unknown>
}[] = [
  { fn: 'org', action: 'viewInvite', input: () => ({ code: 'ABCDEFGH' }) },
  { fn: 'org', action: 'requestJoin', input: () => ({ code: 'ABCDEFGH' }) },
  {
    fn: 'org',
    action: 'openFromGroup',
    input: (who) => ({ groupCloudId: groupCloudIdFor(who, 'matrix-unbound') }),
  },
  { fn: 'user', action: 'login', input: () => ({}) },
  { fn: 'user', action: 'getProfile', input: () => ({}) },
  { fn: 'user', action: 'updateProfile', input: () => ({ phone: '13900001111' }) },
]

function allowed(person: Person, target: Target, roles: Role[]): boolean {
  if (person.admin) return true
  const role = person.roles[target]
  return role !== undefined && roles.includes(role)
}

interface Cell {
  name: string
  allowed: boolean
  unauthenticated: boolean
  run(): ReturnType<typeof call>
}

const cells: Cell[] = []
for (const { action, roles, input } of ORG_ACTIONS) {
  for (const person of PEOPLE) {
    for (const target of TARGETS) {
      cells.push({
        name: `org.${action} × ${person.label} × ${target}`,
        allowed: person.who !== 'nobody' && allowed(person, target, roles),
        unauthenticated: person.who === 'nobody',
        run: () => call(person.who, 'org', { action, ...input(target, person.who) }),
      })
    }
  }
}
for (const { fn, action, input } of SIGNED_IN_ACTIONS) {
  for (const person of PEOPLE) {
    cells.push({
      name: `${fn}.${action} × ${person.label}`,
      allowed: person.who !== 'nobody',
      unauthenticated: person.who === 'nobody',
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

describe('authorization matrix', () => {
  // Forbidden cells first, against an untouched store: each must refuse and write nothing.
  it.each(cells.filter((cell) => !cell.allowed).map((cell) => [cell.name, cell] as const))(
    'refuses %s and writes nothing',
    async (_name, cell) => {
      const before = storeContents()
      const reply = await cell.run()
      expect(reply).toMatchObject({
        ok: false,
        code: cell.unauthenticated ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      })
      expect(storeContents()).toEqual(before)
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
