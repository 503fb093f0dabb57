import { addAll } from '../../emulator/demo/seed-db'
import { cloud } from '../../emulator/local-cloud'
import { call, callOk, seedDemo, storeContents } from '../../test/helpers/cloud'

/**
 * moveOrg over a subtree of more than 1 000 orgs: a constant number of round trips (so it fits the
 * 3 s default), every stored path right afterwards, and a move cut off half-way finished by the next.
 */
const db = cloud.database()
const SECOND_ADMIN = { openid: 'o_second_committee_admin' }
const BRANCHES = 42
const GROUPS_PER_BRANCH = 23

interface Stored {
  _id: string
  parentId?: string
  ancestors?: string[]
  orgPath?: string[]
  orgId?: string
  move?: unknown
}

beforeAll(async () => {
  await seedDemo()
  // A second committee: the demo admin leads both, SECOND_ADMIN only the new one.
  await addAll(db, 'orgs', [
    {
      _id: 'org-committee-2',
      name: '和平街道党工委',
      kind: 'committee',
      parentId: '',
      ancestors: [],
      archived: false,
    },
  ])
  await addAll(
    db,
    'memberships',
    ['o_demo_admin', SECOND_ADMIN.openid].map((openid) => ({
      _id: `org-committee-2_${openid}`,
      orgId: 'org-committee-2',
      openid,
      role: 'admin',
      status: 'active',
      via: 'seed',
    })),
  )
  const orgs: object[] = []
  for (let b = 0; b < BRANCHES; b++) {
    const branch = `org-big-${b}`
    const branchAncestors = ['org-committee', 'org-general']
    orgs.push({
      _id: branch,
      name: `第${b}支部`,
      kind: 'branch',
      parentId: 'org-general',
      ancestors: branchAncestors,
      archived: false,
    })
    for (let g = 0; g < GROUPS_PER_BRANCH; g++) {
      orgs.push({
        _id: `${branch}-g${g}`,
        name: `第${g}小组`,
        kind: 'group',
        parentId: branch,
        ancestors: [...branchAncestors, branch],
        archived: false,
      })
    }
  }
  await addAll(db, 'orgs', orgs)
})

/** Each org's path, recomputed from the parent links alone. */
function expectedAncestors(orgs: Stored[]): Map<string, string[]> {
  const parents = new Map(orgs.map((org) => [org._id, org.parentId ?? '']))
  const paths = new Map<string, string[]>()
  for (const org of orgs) {
    const path: string[] = []
    for (let up = parents.get(org._id); up; up = parents.get(up)) path.unshift(up)
    paths.set(org._id, path)
  }
  return paths
}

function expectEveryPathConsistent() {
  const store = storeContents() as Record<string, Stored[]>
  const paths = expectedAncestors(store.orgs)
  const wrongOrgs = store.orgs.filter(
    (org) => JSON.stringify(org.ancestors) !== JSON.stringify(paths.get(org._id)),
  )
  expect(wrongOrgs.map((org) => org._id)).toEqual([])
  for (const name of ['activities', 'issues']) {
    const wrong = store[name].filter(
      (row) =>
        JSON.stringify(row.orgPath) !==
        JSON.stringify([...(paths.get(row.orgId ?? '') ?? []), row.orgId]),
    )
    expect(wrong.map((row) => row._id)).toEqual([])
  }
  expect(store.orgs.filter((org) => org.move)).toEqual([])
  return store
}

const subtreeSize = () =>
  (storeContents().orgs as Stored[]).filter((org) => org.ancestors?.includes('org-general')).length

describe('moving an org with a large subtree', () => {
  it('moves 1 000+ orgs with their activities and cases in as many round trips as a small move', async () => {
    expect(subtreeSize()).toBeGreaterThan(1000)
    const small = await call('admin', 'org', {
      action: 'moveOrg',
      orgId: 'org-group-1a',
      parentId: 'org-branch-2',
    })
    expect(small).toMatchObject({ ok: true })
    const large = await call('admin', 'org', {
      action: 'moveOrg',
      orgId: 'org-general',
      parentId: 'org-committee-2',
    })
    expect(large).toMatchObject({ ok: true, data: { parentId: 'org-committee-2' } })
    expect(large.roundTrips).toBe(small.roundTrips)
    expect(large.roundTrips).toBeLessThanOrEqual(12)
    process.stdout.write(`moveOrg of ${subtreeSize()} orgs: ${large.roundTrips} round trips\n`)
    expectEveryPathConsistent()
  })

  it('gives the new committee’s admin the moved subtree, down to its deepest group', async () => {
    await callOk(SECOND_ADMIN, 'org', { action: 'listMembers', orgId: 'org-group-1b' })
    await callOk(SECOND_ADMIN, 'org', { action: 'listMembers', orgId: `org-big-7-g22` })
  })

  it('finishes a move that was cut off half-way through its first step', async () => {
    // What a timeout in the middle of the pull leaves: the org already in its new place with the move
    // on it, half of the subtree pulled, half not.
    const from = ['org-committee-2']
    const to = ['org-committee']
    const move = { from, to, parentId: 'org-committee', step: 'detach' }
    await db
      .collection('orgs')
      .doc('org-general')
      .update({ data: { parentId: 'org-committee', ancestors: to, move } })
    const _ = db.command
    await db
      .collection('orgs')
      .where({ ancestors: 'org-general', name: _.in(['第0支部', '第1小组', '第2小组']) })
      .update({ data: { ancestors: _.pullAll(from) } })

    const resumed = await call('admin', 'org', {
      action: 'moveOrg',
      orgId: 'org-general',
      parentId: 'org-committee',
    })
    expect(resumed).toMatchObject({ ok: true, data: { parentId: 'org-committee' } })
    expectEveryPathConsistent()
  })

  it('finishes a move cut off between its two steps, then makes the one asked for', async () => {
    const from = ['org-committee']
    const move = { from, to: ['org-committee-2'], parentId: 'org-committee-2', step: 'attach' }
    await db
      .collection('orgs')
      .doc('org-general')
      .update({ data: { parentId: 'org-committee-2', ancestors: ['org-committee-2'], move } })
    const _ = db.command
    for (const [collection, field] of [
      ['orgs', 'ancestors'],
      ['activities', 'orgPath'],
      ['issues', 'orgPath'],
    ]) {
      await db
        .collection(collection)
        .where({ [field]: 'org-general' })
        .update({ data: { [field]: _.pullAll(from) } })
    }
    const back = await call('admin', 'org', {
      action: 'moveOrg',
      orgId: 'org-general',
      parentId: 'org-committee',
    })
    expect(back).toMatchObject({ ok: true, data: { parentId: 'org-committee' } })
    const store = expectEveryPathConsistent()
    expect(store.orgs.find((org) => org._id === 'org-big-3-g4')?.ancestors).toEqual([
      'org-committee',
      'org-general',
      'org-big-3',
    ])
  })
})
