import { DEMO_MEMBERS } from './org-tree'

/**
 * Facts of the demo data that tests assert, named once and derived from the seed's own lists — so a
 * test says "everyone expected at the past 党员大会" rather than 13, and a change to the demo people
 * moves the seed and its tests together.
 */

/** The openids of an org's own people (not the admins above), in seed order. */
export function peopleOf(orgId: string): string[] {
  return DEMO_MEMBERS.filter((member) => member.orgId === orgId && member.role !== 'admin').map(
    (member) => member.openid,
  )
}

const branch1 = peopleOf('org-branch-1')
const [absent, onLeave, late, proxied] = branch1.slice(4, 8)
const probationary = new Set(
  DEMO_MEMBERS.filter((member) => member.role === 'probationary').map((member) => member.openid),
)
const attended = branch1.filter((openid) => openid !== absent && openid !== onLeave)

/**
 * 第一党支部's past 党员大会 (`meeting-demo-b1-congress-past`): every branch member expected; one never
 * signed in, one on approved leave, one signed in late by an approved 补签, one signed in by the
 * secretary (代签), the rest by code or scan. 预备党员 attend but do not vote.
 */
export const PAST_CONGRESS = {
  id: 'meeting-demo-b1-congress-past',
  expected: branch1,
  absent,
  onLeave,
  late,
  proxied,
  attended,
  voting: branch1.filter((openid) => !probationary.has(openid)).length,
  votingPresent: attended.filter((openid) => !probationary.has(openid)).length,
} as const
