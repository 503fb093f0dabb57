import { defineAction, grantOf } from '../../../_shared/action'
import { COMMITTEE } from '../../../_shared/policy'
import { permits } from '../../../../types/roles'
import { aggregateRows, pipelineTools } from '../../../_shared/db'
import type { Page } from '../../../../types/org'
import { readingMinutes, type ReviewItem } from '../../../../types/lesson'
import { orgPageInput } from '../../../../types/lesson.schema'
import type { LessonRecord } from '../lessons'
import { awaitingReviewBy } from '../../../_shared/records/lesson-review'

const PAGE_SIZE = 20

interface QueueRow {
  name: string
  lesson: Omit<LessonRecord, 'blocks' | 'history'>
  author: { nickname?: string }[]
}

/**
 * Lessons waiting for review anywhere in the org's subtree, oldest first, without the caller's own
 * (someone else reviews those). One round trip after the policy's grant.
 */
export const listReviewQueue = defineAction({
  schema: orgPageInput,
  readOnly: true,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, page = 0 }, context): Promise<Page<ReviewItem>> {
    const { db, caller } = context
    const leads = permits(grantOf(context).roles, ['secretary'])
    const _ = db.command
    const { pipeline } = pipelineTools(db)
    const found = await aggregateRows<QueueRow>(
      db
        .collection('orgs')
        .aggregate()
        .match(_.and([_.or([{ _id: orgId }, { ancestors: orgId }]), { archived: false }]))
        .lookup({
          from: 'lessons',
          let: { id: '$_id' },
          pipeline: pipeline()
            .match(awaitingReviewBy(db, caller.openid, leads))
            .project({ blocks: 0, history: 0 })
            .done(),
          as: 'lesson',
        })
        .unwind('$lesson')
        .sort({ 'lesson.submittedAt': 1, 'lesson._id': 1 })
        .skip(page * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
        .lookup({ from: 'users', localField: 'lesson.authorId', foreignField: '_id', as: 'author' })
        .project({ name: 1, lesson: 1, author: 1 })
        .end(),
    )
    return {
      items: found.slice(0, PAGE_SIZE).map(({ name, lesson, author }) => ({
        id: lesson._id,
        orgId: lesson.orgId,
        orgName: name,
        title: lesson.title,
        summary: lesson.summary,
        authorName: author[0]?.nickname ?? '微信用户',
        minutes: readingMinutes(lesson.readingSeconds),
        submittedAt: new Date(lesson.submittedAt ?? lesson.updatedAt).toISOString(),
        contentFlag: lesson.contentFlag ?? null,
      })),
      nextPage: found.length > PAGE_SIZE ? page + 1 : null,
    }
  },
})
