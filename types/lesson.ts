import type { ActionSpec } from './contract'
import type {
  LessonIdInput,
  ListLessonsInput,
  OrgPageInput,
  PageInput,
  RecordProgressInput,
  ReviewLessonInput,
  SaveDraftInput,
  SaveReflectionInput,
  ScopedLessonInput,
  SetPinnedInput,
  SetRequiredInput,
} from './lesson.schema'
import type { Page } from './org'

export type {
  LessonIdInput,
  ListLessonsInput,
  OrgPageInput,
  PageInput,
  RecordProgressInput,
  ReviewLessonInput,
  SaveDraftInput,
  SaveReflectionInput,
  ScopedLessonInput,
  SetPinnedInput,
  SetRequiredInput,
}

/** draft → pending (审核中) → published, or rejected with a note and back to the author. */
export const LESSON_STATUSES = ['draft', 'pending', 'published', 'rejected'] as const
export type LessonStatus = (typeof LESSON_STATUSES)[number]

export const LESSON_STATUS_LABELS: Record<LessonStatus, string> = {
  draft: '草稿',
  pending: '审核中',
  published: '已发布',
  rejected: '已退回',
}

export type LessonBlock =
  { kind: 'text'; text: string } | { kind: 'image'; fileID: string; caption: string }

/**
 * Reading time from length: about 400 Chinese characters a minute, plus a little for each picture.
 * The editor shows it while typing; the server stores what it computes itself.
 */
export const CHARS_PER_MINUTE = 400
export const SECONDS_PER_IMAGE = 10
export const MIN_READING_SECONDS = 30
/** Completion needs this share of the reading time spent actively on the page… */
export const ACTIVE_SHARE_TO_COMPLETE = 0.6
/** …and the reader scrolled this far (the bottom of the screen at the end of the lesson). */
export const END_PERCENT = 95

/**
 * Evidence of reading, beside the rule above: the lesson is cut into READING_SECTIONS equal parts, and
 * each heartbeat says which stretch of it passed the screen since the last beat (`seen`, percents).
 * A completion whose beats covered every part is `sections`; one that met the rule without (a client
 * that never said, or beats that skipped parts) is `minimum`, and the secretary is told so.
 */
export const READING_SECTIONS = 10
export type CompletionEvidence = 'sections' | 'minimum'

/** The parts of the lesson a stretch [from, to] (percents) touches. */
export function sectionsIn(from: number, to: number): number[] {
  const width = 100 / READING_SECTIONS
  const first = Math.min(READING_SECTIONS - 1, Math.floor(from / width))
  const last = Math.min(READING_SECTIONS - 1, Math.floor(to / width))
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/** The small note beside a completion that met only the time minimum. */
export const MINIMUM_EVIDENCE_NOTE = '仅满足最短阅读时长，阅读记录未覆盖全部段落'

export function countBodyChars(blocks: readonly LessonBlock[]): number {
  return blocks.reduce(
    (sum, block) => sum + (block.kind === 'text' ? block.text.replace(/\s/g, '').length : 0),
    0,
  )
}

export function estimateReadingSeconds(
  title: string,
  summary: string,
  blocks: readonly LessonBlock[],
) {
  const chars = title.length + summary.length + countBodyChars(blocks)
  const images = blocks.filter((block) => block.kind === 'image').length
  return Math.max(
    MIN_READING_SECONDS,
    Math.round((chars / CHARS_PER_MINUTE) * 60) + images * SECONDS_PER_IMAGE,
  )
}

export function readingMinutes(readingSeconds: number): number {
  return Math.max(1, Math.round(readingSeconds / 60))
}

export function secondsNeededToComplete(readingSeconds: number): number {
  return Math.ceil(readingSeconds * ACTIVE_SHARE_TO_COMPLETE)
}

/** Content security held the lesson back (review: a person should look; risky: must change). */
export type LessonHold = 'review' | 'risky'

/**
 * What the reviewer is told when content security asked for a person's look (`review`) at a lesson:
 * the kind it found (msgSecCheck names no words), e.g. 欺诈; '' when its label names none.
 */
export function contentFlagNote(kind: string): string {
  return `内容安全检查提示可能涉及${kind || '需要人工确认的内容'}，请细读后再决定是否发布`
}

export interface MyProgress {
  /** Furthest point reached, 0–100. */
  percent: number
  /** Where the reader was last time, for resuming. */
  resumeAt: number
  activeSeconds: number
  neededSeconds: number
  completed: boolean
  completedAt: string | null
  reflection: string
  /** The reflection did not pass content security: only its author sees it. */
  reflectionHeld: boolean
}

/** One card on the 学习 tab. */
export interface LessonCard {
  id: string
  title: string
  summary: string
  minutes: number
  tags: string[]
  coverFileId: string
  orgName: string
  pinned: boolean
  /** Set when the lesson is a 规定动作 for the reader's org: the last day (ISO). */
  due: string | null
  publishedAt: string
  progress: { percent: number; completed: boolean } | null
}

/** Tab-level facts, sent with the first page only. */
export interface StudyMeta {
  /** Tags of the lessons in scope, most used first. */
  tags: string[]
  /** Lessons waiting for this caller's review in the org's subtree (secretaries and admins). */
  pendingReview: number
  /** The caller's own lessons not yet published, by status. */
  mine: { draft: number; pending: number; rejected: number }
}

export interface LessonFeed extends Page<LessonCard> {
  meta: StudyMeta | null
}

export interface LessonEvent {
  at: string
  event: 'submitted' | 'withdrawn' | 'held' | 'rejected' | 'published'
  actorName: string
  note: string
}

/** What the caller may do with a lesson, decided by the server from their memberships. */
export interface LessonPermissions {
  edit: boolean
  submit: boolean
  withdraw: boolean
  review: boolean
  pin: boolean
  /** The org whose completion rates the caller may see, or null. */
  statsOrgId: string | null
  /** The org an admin may make this lesson required for, or null. */
  requireOrgId: string | null
}

export interface LessonDetail {
  id: string
  orgId: string
  orgName: string
  title: string
  summary: string
  blocks: LessonBlock[]
  /** Images whose content check is not back yet (审核中); readers do not get them in `blocks`. */
  checkingImages: string[]
  /** Images the check found risky: shown to the author and reviewers only, to be replaced. */
  blockedImages: string[]
  tags: string[]
  minutes: number
  readingSeconds: number
  status: LessonStatus
  authorName: string
  isAuthor: boolean
  /** Latest reviewer note (shown to the author and reviewers). */
  reviewNote: string
  /** While in review, who reviews it (e.g. 第一党支部书记或上级管理员); '' otherwise and for readers. */
  reviewer: string
  hold: LessonHold | null
  /**
   * Content security asked for a person's look at the submitted version: the kind it found ('' when
   * it named none), for the author and reviewers (contentFlagNote); null when it passed.
   */
  contentFlag: string | null
  pinned: boolean
  required: { orgId: string; due: string } | null
  /** The requirement applies to the caller. */
  dueForMe: string | null
  publishedAt: string | null
  updatedAt: string
  /** The author's and reviewers' view of where the lesson stands; empty for readers. */
  history: LessonEvent[]
  /** Null unless the caller reads it as a member (published, in scope). */
  progress: MyProgress | null
  can: LessonPermissions
}

export interface ProgressResult {
  percent: number
  activeSeconds: number
  neededSeconds: number
  /** Seconds this beat added after the wall-time cap. */
  credited: number
  completed: boolean
}

export interface MyLessonItem {
  id: string
  orgId: string
  orgName: string
  title: string
  status: LessonStatus
  reviewNote: string
  hold: LessonHold | null
  minutes: number
  updatedAt: string
}

export interface ReviewItem {
  id: string
  orgId: string
  orgName: string
  title: string
  summary: string
  authorName: string
  minutes: number
  submittedAt: string
  /** As LessonDetail.contentFlag: the kind content security asked the reviewer to look at. */
  contentFlag: string | null
}

export interface BranchCompletion {
  orgId: string
  name: string
  members: number
  completed: number
  /** Of those, how many finished on the time minimum alone (CompletionEvidence `minimum`). */
  byMinimum: number
}

export interface LessonStats {
  lesson: { id: string; title: string; due: string | null; requiredOrgId: string | null }
  branches: BranchCompletion[]
  /** Only for the secretary of one branch: their members' reflections (private to them). */
  reflections:
    | {
        nickname: string
        reflection: string
        completedAt: string
        evidence: CompletionEvidence
      }[]
    | null
}

export interface SavedLesson {
  id: string
  status: LessonStatus
  hold: LessonHold | null
  updatedAt: string
}

export interface LessonActions {
  listLessons: ActionSpec<ListLessonsInput, LessonFeed>
  getLesson: ActionSpec<LessonIdInput, LessonDetail>
  recordProgress: ActionSpec<RecordProgressInput, ProgressResult>
  saveReflection: ActionSpec<SaveReflectionInput, { reflection: string; held: boolean }>
  saveDraft: ActionSpec<SaveDraftInput, SavedLesson>
  submitLesson: ActionSpec<ScopedLessonInput, SavedLesson>
  withdrawLesson: ActionSpec<ScopedLessonInput, SavedLesson>
  listMyLessons: ActionSpec<PageInput, Page<MyLessonItem>>
  listReviewQueue: ActionSpec<OrgPageInput, Page<ReviewItem>>
  reviewLesson: ActionSpec<ReviewLessonInput, SavedLesson>
  setPinned: ActionSpec<SetPinnedInput, { pinned: boolean }>
  setRequired: ActionSpec<SetRequiredInput, { required: { orgId: string; due: string } | null }>
  getLessonStats: ActionSpec<ScopedLessonInput, LessonStats>
}
