import type { Database } from '../../_shared/cloud'
import { activeMembershipsWithOrgs } from '../../_shared/memberships'
import { ADMINS, COMMITTEE, permits, SECRETARY_ONLY } from '../../../types/roles'
import type { LessonPermissions, LessonStatus } from '../../../types/lesson'
import type { Role } from '../../../types/user'
import type { ReviewBy } from './reviewers'

/** One of the caller's active memberships, with the org's path from the root down to it. */
export interface PlacedMembership {
  orgId: string
  role: Role
  kind: string
  /** ancestors + the org itself */
  path: string[]
}

/** The caller's active memberships and where they sit in the tree, in one round trip. */
export async function loadPlacedMemberships(
  db: Database,
  openid: string,
): Promise<PlacedMembership[]> {
  return (await activeMembershipsWithOrgs(db, openid)).flatMap(({ orgId, role, org }) =>
    org && !org.archived
      ? [{ orgId, role, kind: org.kind ?? 'branch', path: [...(org.ancestors ?? []), orgId] }]
      : [],
  )
}

/** The org a lesson is scoped to, with its path (ancestors + itself). */
export interface LessonScope {
  orgId: string
  path: string[]
}

/** At or below the scope: the lesson was pushed down to this person. */
function within(membership: PlacedMembership, scope: LessonScope): boolean {
  return membership.path.includes(scope.orgId)
}

/** Above the scope: a role held there holds below (policy.ts), so they lead the scope. */
function above(membership: PlacedMembership, scope: LessonScope): boolean {
  return scope.path.includes(membership.orgId)
}

function leads(membership: PlacedMembership, roles: readonly Role[]): boolean {
  return permits([membership.role], roles)
}

export interface LessonAccess {
  /** May read it as a member (published lessons only). */
  reader: boolean
  /**
   * A secretary or admin of the scope or above — or, for a lesson reviewed by the `committee`, its
   * org's committee: reviews it (unless the author) and pins it.
   */
  reviewer: boolean
  author: boolean
  /** The membership a reader reads from, for the progress record. */
  readerOrgId: string
  can: LessonPermissions
}

/**
 * Who may do what with a lesson, from the caller's memberships. Drafts are the author's; a lesson in
 * review is also the reviewers'; published lessons are everyone's in the scope's line of the tree.
 */
export function lessonAccess(
  memberships: PlacedMembership[],
  scope: LessonScope,
  lesson: { status: LessonStatus; authorId: string; reviewBy?: ReviewBy },
  openid: string,
): LessonAccess {
  const author = lesson.authorId === openid
  const related = memberships.filter((m) => within(m, scope) || above(m, scope))
  const reviewer = related.some(
    (m) =>
      (above(m, scope) && leads(m, SECRETARY_ONLY)) ||
      (lesson.reviewBy === 'committee' && m.orgId === scope.orgId && leads(m, COMMITTEE)),
  )
  const published = lesson.status === 'published'
  // A reader's own place: the deepest related membership (their branch rather than the committee).
  const readerMembership = [...related].sort((a, b) => b.path.length - a.path.length)[0]
  const statsMembership = related
    .filter((m) => leads(m, COMMITTEE))
    .sort((a, b) => b.path.length - a.path.length)[0]
  const admin = related.find((m) => permits([m.role], ADMINS))
  return {
    reader: published && related.length > 0,
    reviewer,
    author,
    readerOrgId: readerMembership?.orgId ?? '',
    can: {
      edit: author && (lesson.status === 'draft' || lesson.status === 'rejected'),
      submit: author && (lesson.status === 'draft' || lesson.status === 'rejected'),
      withdraw: author && lesson.status === 'pending',
      review: reviewer && !author && lesson.status === 'pending',
      pin: reviewer && published,
      statsOrgId: published && statsMembership ? statsMembership.orgId : null,
      // Required for the admin's subtree, but never wider than the lesson's own scope.
      requireOrgId: published && admin ? (within(admin, scope) ? admin.orgId : scope.orgId) : null,
    },
  }
}

/** May the caller see this lesson at all (and its body)? */
export function maySee(access: LessonAccess, status: LessonStatus): boolean {
  switch (status) {
    case 'draft':
      return access.author
    case 'pending':
    case 'rejected':
      return access.author || access.reviewer
    case 'published':
      return access.reader || access.author || access.reviewer
  }
}
