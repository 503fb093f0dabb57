import type { Database } from '../../_shared/cloud'
import { rows, updatedCount } from '../../_shared/db'
import { conflict, notFound } from '../../_shared/errors'
import type { ReviewBy } from './reviewers'
import type {
  LessonBlock,
  LessonEvent,
  LessonHold,
  LessonStatus,
  SavedLesson,
} from '../../../types/lesson'

export interface StoredEvent {
  at: Date
  event: LessonEvent['event']
  actor: string
  actorName: string
  note: string
}

/** A document of `lessons`. Requirement fields are flat so the feed and the cron can query them. */
export interface LessonRecord {
  _id: string
  /** The scope: the lesson is visible to this org's subtree (and to the orgs above, who lead it). */
  orgId: string
  title: string
  summary: string
  blocks: LessonBlock[]
  tags: string[]
  readingSeconds: number
  coverFileId: string
  status: LessonStatus
  authorId: string
  reviewNote: string
  hold: LessonHold | null
  /** Set on submit: the kind content security asked a person to look at (types/lesson contentFlag). */
  contentFlag?: string | null
  /** Images whose check is not back yet: the author and reviewers see them, readers do not. */
  heldImages: string[]
  /** Images the check found risky: nobody but the author sees them, who is asked to replace them. */
  blockedImages: string[]
  pinned: boolean
  /** '' when not required; else the org whose subtree must finish it by `requiredDue`. */
  requiredOrgId: string
  requiredDue: Date | null
  requiredBy: string
  dueReminded: boolean
  history: StoredEvent[]
  createdAt: Date
  updatedAt: Date
  submittedAt: Date | null
  publishedAt: Date | null
  reviewerId: string
  /** Who reviews it (reviewers.ts), set on submit; absent on lessons stored before: the leaders. */
  reviewBy?: ReviewBy
}

/**
 * `what` names it in the NOT_FOUND message: an action that also refuses a lesson the caller may not see
 * must use the same words for both (docs/ARCHITECTURE.md, error contract).
 */
export async function findLesson(
  db: Database,
  lessonId: string,
  what = '这篇微党课',
): Promise<LessonRecord> {
  const [lesson] = await rows<LessonRecord>(
    db.collection('lessons').where({ _id: lessonId }).limit(1).get(),
  )
  if (!lesson) throw notFound(what)
  return lesson
}

/** The lesson as its author addresses it: in the org the client named, and theirs. */
export async function findOwnLesson(
  db: Database,
  lessonId: string,
  orgId: string,
  openid: string,
): Promise<LessonRecord> {
  const lesson = await findLesson(db, lessonId, '这篇稿件')
  if (lesson.orgId !== orgId || lesson.authorId !== openid) throw notFound('这篇稿件')
  return lesson
}

export function savedLesson(
  lesson: Pick<LessonRecord, '_id' | 'status' | 'hold' | 'updatedAt'>,
): SavedLesson {
  return {
    id: lesson._id,
    status: lesson.status,
    hold: lesson.hold,
    updatedAt: new Date(lesson.updatedAt).toISOString(),
  }
}

export function toIso(date: Date | string | null | undefined): string | null {
  return date ? new Date(date).toISOString() : null
}

/**
 * Compare-and-set on the status: the write lands only if nobody moved the lesson since it was read.
 * Two reviewers tapping at once, or an author withdrawing while the secretary publishes, get one winner.
 */
export async function moveStatus(
  db: Database,
  lessonId: string,
  from: readonly LessonStatus[],
  data: Record<string, unknown>,
): Promise<void> {
  const _ = db.command
  const updated = await updatedCount(
    db
      .collection('lessons')
      .where({ _id: lessonId, status: _.in([...from]) })
      .update({ data }),
  )
  if (updated !== 1) {
    throw conflict('这篇微党课的状态刚刚有了变化，请刷新后再看')
  }
}

export function eventOf(
  event: StoredEvent['event'],
  actor: string,
  actorName: string,
  note = '',
): StoredEvent {
  return { at: new Date(), event, actor, actorName, note }
}

export { nicknameOf } from '../../_shared/audit'

/** Tag counts over published lessons in scope, most used first. */
export function topTags(lists: { tags?: string[] }[], limit = 12): string[] {
  const counts = new Map<string, number>()
  for (const { tags = [] } of lists) {
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-Hans-CN'))
    .slice(0, limit)
    .map(([tag]) => tag)
}

/** The images a reader may not see yet (held for their check) or ever (risky). */
export function hiddenImages(
  lesson: Pick<LessonRecord, 'heldImages' | 'blockedImages'>,
): Set<string> {
  return new Set([...(lesson.heldImages ?? []), ...(lesson.blockedImages ?? [])])
}

/** The list cover (the first image) unless a reader may not see it. */
export function readerCover(
  lesson: Pick<LessonRecord, 'coverFileId' | 'heldImages' | 'blockedImages'>,
): string {
  return hiddenImages(lesson).has(lesson.coverFileId) ? '' : lesson.coverFileId
}
