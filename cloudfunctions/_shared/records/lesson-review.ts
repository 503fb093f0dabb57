import type { Database } from '../cloud'
import { pipelineTools } from '../db'

/**
 * For a lookup from `orgs` (`let: { id: '$_id' }`): the org's lessons waiting for this person's review
 * — pending, and not their own, since nobody reviews what they wrote; for someone who is no 书记 or
 * admin (`leads` false), only lessons reviewed by the committee. The 待审核 count on the 学习 tab, the
 * review queue and the 支部 home's 今日待办 ask the same question.
 */
export function awaitingReviewBy(db: Database, openid: string, leads: boolean): unknown {
  const $ = db.command.aggregate
  const { expr } = pipelineTools(db)
  const conditions = [
    $.eq(['$orgId', '$$id']),
    $.eq(['$status', 'pending']),
    $.neq(['$authorId', openid]),
  ]
  // A committee member who is not a 书记 reviews only what fell to the committee (lesson/src/reviewers.ts).
  if (!leads) conditions.push($.eq(['$reviewBy', 'committee']))
  return expr($.and(conditions))
}
