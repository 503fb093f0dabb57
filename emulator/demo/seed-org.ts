import { activeMembership } from '../../cloudfunctions/_shared/records/membership'
import { localOpengid } from '../open-data'
import { DEMO_IDENTITIES } from './identities'
import { ancestorsOf, DEMO_MEMBERS, DEMO_ORGS } from './org-tree'
import { addAll, type SeedDb } from './seed-db'

/** The org tree, its people and their memberships, and one bound WeChat group. */
export async function seedOrgs(db: SeedDb, now: Date): Promise<void> {
  await addAll(
    db,
    'orgs',
    DEMO_ORGS.map((org) => ({
      ...org,
      ancestors: ancestorsOf(org._id),
      archived: false,
      // Siblings in the order they are listed: 第一党支部, 第二党支部, 离退休党支部.
      order: DEMO_ORGS.filter((other) => other.parentId === org.parentId).indexOf(org) + 1,
      createdAt: now,
    })),
  )
  const resident = DEMO_IDENTITIES.find((identity) => identity.key === 'resident')
  const people = [...DEMO_MEMBERS, ...(resident ? [resident] : [])]
  await addAll(
    db,
    'users',
    people.map((person, index) => ({
      _id: person.openid,
      nickname: person.nickname,
      avatarUrl: '',
      phoneMasked: `139****${String(1000 + index * 37).slice(-4)}`,
      createdAt: now,
      updatedAt: now,
    })),
  )
  await addAll(
    db,
    'memberships',
    DEMO_MEMBERS.map(({ orgId, openid, role }) =>
      activeMembership({ orgId, openid, role, via: 'seed', joinedAt: now }),
    ),
  )
  // 第二党支部's WeChat group is already bound; 第一党支部's (demo-group-1) is left for the secretary.
  await addAll(db, 'groupBindings', [
    {
      _id: localOpengid('demo-group-2'),
      orgId: 'org-branch-2',
      boundBy: 'o_demo_02',
      boundAt: now,
    },
  ])
}
