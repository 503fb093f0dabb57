import type { Database } from '../../_shared/cloud'
import { rows } from '../../_shared/db'
import { COMMITTEE } from '../../_shared/policy'

/**
 * Who reviews a lesson, decided when it is submitted. Normally a 书记 or admin of the lesson's org or
 * an org above it, other than the author (`leaders`). Where there is none — a 党委's only admin writing
 * at the 党委 level — the org's own committee (书记, 副书记, 委员) other than the author
 * (`committee`). A lesson stored before this rule has no `reviewBy`: it is the leaders'.
 */
export type ReviewBy = 'leaders' | 'committee'

const LEAD_ROLES = ['secretary', 'admin']

export async function reviewByFor(
  db: Database,
  org: { _id: string; ancestors: string[] },
  authorId: string,
): Promise<ReviewBy | null> {
  const _ = db.command
  const someone = async (orgIds: string[], roles: readonly string[]) =>
    (
      await rows(
        db
          .collection('memberships')
          .where({
            orgId: _.in(orgIds),
            status: 'active',
            role: _.in([...roles]),
            openid: _.neq(authorId),
          })
          .limit(1)
          .get(),
      )
    ).length > 0
  if (await someone([...org.ancestors, org._id], LEAD_ROLES)) return 'leaders'
  if (await someone([org._id], COMMITTEE)) return 'committee'
  return null
}

/** What the author is told about who will read their lesson before it is published. */
export function reviewerLabel(reviewBy: ReviewBy | undefined, orgName: string): string {
  return reviewBy === 'committee'
    ? `${orgName}的委员（本级和上级没有其他书记或管理员）`
    : `${orgName}书记或上级管理员`
}
