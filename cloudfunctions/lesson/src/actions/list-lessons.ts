import { defineAction, grantOf } from '../../../_shared/action'
import type { Database } from '../../../_shared/cloud'
import { aggregateRows, pipelineTools } from '../../../_shared/db'
import { ANY_ROLE, COMMITTEE } from '../../../_shared/policy'
import { permits } from '../../../../types/roles'
import {
  readingMinutes,
  type LessonCard,
  type LessonFeed,
  type StudyMeta,
} from '../../../../types/lesson'
import { listLessonsInput } from '../../../../types/lesson.schema'
import { readerCover, toIso, topTags, type LessonRecord } from '../lessons'
import { awaitingReviewBy } from '../../../_shared/records/lesson-review'
import type { ProgressRecord } from '../../../_shared/records/lesson-progress'

export const FEED_PAGE_SIZE = 20

/** The feed's order: unfinished required lessons (by due date), then pinned, then the rest. */
const RANK = { requiredUnfinished: 0, pinned: 1, rest: 2 } as const

type FeedRow = Omit<LessonRecord, 'blocks' | 'history'> & {
  rank: number
  mine: Pick<ProgressRecord, 'percent' | 'completedAt'>[]
  org: { name?: string }[]
}

/**
 * The 学习 tab: published lessons of the org and every org above it, 20 a page. Unfinished 规定动作
 * for this org come first (soonest due first), then pinned lessons, then the newest; a tag narrows the list. The first page
 * also carries the tab's facts (tags in use, lessons waiting for the caller's review, the caller's own
 * drafts). Round trips: the policy's grant, the page, and the facts on the first page.
 */
export const listLessons = defineAction({
  schema: listLessonsInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, page = 0, tag }, context): Promise<LessonFeed> {
    const { org, roles } = grantOf(context)
    const { db, caller } = context
    const path = [...org.ancestors, org._id]
    const reviews = permits(roles, COMMITTEE)
    const leads = permits(roles, ['secretary'])
    const [found, meta] = await Promise.all([
      feedPage(db, caller.openid, path, page, tag),
      page === 0 && !tag ? studyMeta(db, caller.openid, orgId, path, reviews, leads) : null,
    ])
    return {
      items: found.slice(0, FEED_PAGE_SIZE).map((row) => toCard(row, path)),
      nextPage: found.length > FEED_PAGE_SIZE ? page + 1 : null,
      meta,
    }
  },
})

function feedPage(
  db: Database,
  openid: string,
  path: string[],
  page: number,
  tag: string | undefined,
): Promise<FeedRow[]> {
  const _ = db.command
  const $ = _.aggregate
  const match: Record<string, unknown> = { orgId: _.in(path), status: 'published' }
  if (tag) match.tags = tag
  return aggregateRows<FeedRow>(
    db
      .collection('lessons')
      .aggregate()
      .match(match)
      .addFields({ progressId: $.concat(['$_id', `_${openid}`]) })
      .lookup({ from: 'lessonProgress', localField: 'progressId', foreignField: '_id', as: 'mine' })
      .addFields({
        rank: $.cond([
          $.and([
            $.in(['$requiredOrgId', path]),
            $.eq([$.size($.filter({ input: '$mine', as: 'p', cond: '$$p.completedAt' })), 0]),
          ]),
          RANK.requiredUnfinished,
          $.cond([$.eq(['$pinned', true]), RANK.pinned, RANK.rest]),
        ]),
      })
      // Unfinished 规定动作 by due date, soonest first; the others keep the newest first.
      .addFields({ dueKey: $.cond([$.eq(['$rank', RANK.requiredUnfinished]), '$requiredDue', 0]) })
      .sort({ rank: 1, dueKey: 1, publishedAt: -1, _id: -1 })
      .skip(page * FEED_PAGE_SIZE)
      .limit(FEED_PAGE_SIZE + 1)
      .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
      .project({ blocks: 0, history: 0 })
      .end(),
  )
}

function toCard(row: FeedRow, path: string[]): LessonCard {
  const progress = row.mine[0]
  return {
    id: row._id,
    title: row.title,
    summary: row.summary,
    minutes: readingMinutes(row.readingSeconds),
    tags: row.tags,
    coverFileId: readerCover(row),
    orgName: row.org[0]?.name ?? '',
    pinned: row.pinned,
    due: row.requiredOrgId && path.includes(row.requiredOrgId) ? toIso(row.requiredDue) : null,
    publishedAt: toIso(row.publishedAt) ?? '',
    progress: progress
      ? { percent: progress.percent, completed: Boolean(progress.completedAt) }
      : null,
  }
}

interface MetaRow {
  pending: number
  mine: { status: string }[]
  tagged: { tags?: string[] }[]
}

/**
 * One round trip from `orgs`: lessons waiting for review anywhere in the org's subtree (reviewers
 * only, never their own), then the caller's unpublished lessons and the tags in use, joined in.
 */
async function studyMeta(
  db: Database,
  openid: string,
  orgId: string,
  path: string[],
  reviews: boolean,
  leads: boolean,
): Promise<StudyMeta> {
  const _ = db.command
  const $ = _.aggregate
  const { pipeline } = pipelineTools(db)
  let query = db
    .collection('orgs')
    .aggregate()
    .match(reviews ? _.or([{ _id: orgId }, { ancestors: orgId }]) : { _id: orgId })
  if (reviews) {
    query = query.lookup({
      from: 'lessons',
      let: { id: '$_id' },
      pipeline: pipeline()
        .match(awaitingReviewBy(db, openid, leads))
        .project({ _id: 1 })
        .done(),
      as: 'pending',
    })
  }
  const [row] = await aggregateRows<MetaRow>(
    query
      .group({ _id: null, pending: $.sum(reviews ? $.size('$pending') : 0) })
      .lookup({
        from: 'lessons',
        pipeline: pipeline()
          .match({ authorId: openid, status: _.in(['draft', 'pending', 'rejected']) })
          .project({ _id: 0, status: 1 })
          .limit(200)
          .done(),
        as: 'mine',
      })
      .lookup({
        from: 'lessons',
        pipeline: pipeline()
          .match({ orgId: _.in(path), status: 'published' })
          .project({ _id: 0, tags: 1 })
          .limit(500)
          .done(),
        as: 'tagged',
      })
      .end(),
  )
  const mine = { draft: 0, pending: 0, rejected: 0 }
  for (const { status } of row?.mine ?? []) {
    if (status === 'draft' || status === 'pending' || status === 'rejected') mine[status] += 1
  }
  return { tags: topTags(row?.tagged ?? []), pendingReview: row?.pending ?? 0, mine }
}
