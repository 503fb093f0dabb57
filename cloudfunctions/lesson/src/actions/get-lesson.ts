import { defineAction } from '../../../_shared/action'
import type { Database } from '../../../_shared/cloud'
import { aggregateRows } from '../../../_shared/db'
import { ActionError } from '../../../_shared/errors'
import { readingMinutes, type LessonDetail } from '../../../../types/lesson'
import { lessonIdInput } from '../../../../types/lesson.schema'
import { hiddenImages, toIso, type LessonRecord } from '../lessons'
import type { ProgressRecord } from '../../../_shared/records/lesson-progress'
import { startReadingSession, toMyProgress } from '../progress'
import { reviewerLabel } from '../reviewers'
import { lessonAccess, loadPlacedMemberships, maySee } from '../scope'

/**
 * A missing lesson and one the caller may not see get the same answer, so a shared card never confirms
 * that a lesson is there; the words say what to do in either case.
 */
const notThere = () =>
  new ActionError(
    'NOT_FOUND',
    '没有找到这篇微党课：它可能已被删除，或只对发布它的党组织及下级党组织的党员开放，加入支部后即可学习',
  )

type LessonRow = LessonRecord & {
  scope: { name?: string; ancestors?: string[] }[]
  author: { nickname?: string }[]
  mine: ProgressRecord[]
}

/**
 * The reader (and the author's and reviewer's view). A card shared into a group opens this directly,
 * so it takes only the lesson id and decides from the caller's memberships what they may see. Opening
 * a published lesson as a reader starts a reading session (the wall clock heartbeats are capped by).
 * Round trips: the lesson with its org, author and the caller's progress; the caller's memberships
 * (both at once); the session start.
 */
export const getLesson = defineAction({
  schema: lessonIdInput,
  policy: { kind: 'signedIn' },
  async run({ lessonId }, { db, caller }): Promise<LessonDetail> {
    const [row, memberships] = await Promise.all([
      loadLessonRow(db, lessonId, caller.openid),
      loadPlacedMemberships(db, caller.openid),
    ])
    if (!row) throw notThere()
    const scope = { orgId: row.orgId, path: [...(row.scope[0]?.ancestors ?? []), row.orgId] }
    const access = lessonAccess(memberships, scope, row, caller.openid)
    if (!maySee(access, row.status)) throw notThere()

    let progress: ProgressRecord | undefined = row.mine[0]
    if (access.reader && !progress?.completedAt) {
      progress = await startReadingSession(
        db,
        progress,
        lessonId,
        caller.openid,
        access.readerOrgId,
      )
    }
    const showsHistory = access.author || access.reviewer
    // Readers see an image once its check passed; the author and reviewers see every one, marked.
    const hidden = hiddenImages(row)
    const blocks = showsHistory
      ? row.blocks
      : row.blocks.filter((block) => block.kind !== 'image' || !hidden.has(block.fileID))
    const required =
      row.requiredOrgId && row.requiredDue
        ? { orgId: row.requiredOrgId, due: new Date(row.requiredDue).toISOString() }
        : null
    return {
      id: row._id,
      orgId: row.orgId,
      orgName: row.scope[0]?.name ?? '',
      title: row.title,
      summary: row.summary,
      blocks,
      checkingImages: showsHistory ? (row.heldImages ?? []) : [],
      blockedImages: showsHistory ? (row.blockedImages ?? []) : [],
      tags: row.tags,
      minutes: readingMinutes(row.readingSeconds),
      readingSeconds: row.readingSeconds,
      status: row.status,
      authorName: row.author[0]?.nickname ?? '微信用户',
      isAuthor: access.author,
      reviewNote: showsHistory ? row.reviewNote : '',
      reviewer:
        showsHistory && row.status === 'pending'
          ? reviewerLabel(row.reviewBy, row.scope[0]?.name ?? '')
          : '',
      hold: access.author ? row.hold : null,
      contentFlag: showsHistory ? (row.contentFlag ?? null) : null,
      pinned: row.pinned,
      required,
      dueForMe:
        required && memberships.some((m) => m.path.includes(required.orgId)) ? required.due : null,
      publishedAt: toIso(row.publishedAt),
      updatedAt: new Date(row.updatedAt).toISOString(),
      // What content security flagged in earlier drafts stays between it and the author.
      history: showsHistory
        ? row.history
            .filter((event) => access.author || event.event !== 'held')
            .map((event) => ({
              at: new Date(event.at).toISOString(),
              event: event.event,
              actorName: event.actorName,
              note: event.note,
            }))
        : [],
      progress: access.reader ? toMyProgress(progress, row.readingSeconds) : null,
      can: access.can,
    }
  },
})

async function loadLessonRow(
  db: Database,
  lessonId: string,
  openid: string,
): Promise<LessonRow | undefined> {
  const $ = db.command.aggregate
  const [row] = await aggregateRows<LessonRow>(
    db
      .collection('lessons')
      .aggregate()
      .match({ _id: lessonId })
      .limit(1)
      .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'scope' })
      .lookup({ from: 'users', localField: 'authorId', foreignField: '_id', as: 'author' })
      .addFields({ progressId: $.concat(['$_id', `_${openid}`]) })
      .lookup({ from: 'lessonProgress', localField: 'progressId', foreignField: '_id', as: 'mine' })
      .end(),
  )
  return row
}
