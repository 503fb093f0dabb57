import { defineAction } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import type { Page } from '../../../../types/org'
import { readingMinutes, type MyLessonItem } from '../../../../types/lesson'
import { pageInput } from '../../../../types/lesson.schema'
import type { LessonRecord } from '../lessons'

const PAGE_SIZE = 20

type MineRow = Omit<LessonRecord, 'blocks' | 'history'> & { org: { name?: string }[] }

/** The author's own lessons in every state, last changed first: they always see where each stands. */
export const listMyLessons = defineAction({
  schema: pageInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run({ page = 0 }, { db, caller }): Promise<Page<MyLessonItem>> {
    const found = await aggregateRows<MineRow>(
      db
        .collection('lessons')
        .aggregate()
        .match({ authorId: caller.openid })
        .sort({ updatedAt: -1, _id: -1 })
        .skip(page * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
        .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
        .project({ blocks: 0, history: 0 })
        .end(),
    )
    return {
      items: found.slice(0, PAGE_SIZE).map((row) => ({
        id: row._id,
        orgId: row.orgId,
        orgName: row.org[0]?.name ?? '',
        title: row.title,
        status: row.status,
        reviewNote: row.reviewNote,
        hold: row.hold,
        minutes: readingMinutes(row.readingSeconds),
        updatedAt: new Date(row.updatedAt).toISOString(),
      })),
      nextPage: found.length > PAGE_SIZE ? page + 1 : null,
    }
  },
})
