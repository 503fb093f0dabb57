import type {
  LessonActions,
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
} from '../../types/lesson'
import { cloudFunction } from '../platform/cloud'

const lesson = cloudFunction<LessonActions>('lesson')

/** The 学习 tab: lessons of the org and the orgs above it; the first page carries the tab's facts. */
export function listLessons(input: ListLessonsInput) {
  return lesson('listLessons', input)
}

/** The reader; opening a published lesson starts a reading session on the server. */
export function getLesson(input: LessonIdInput) {
  return lesson('getLesson', input)
}

/** One reading heartbeat (position and active seconds since the last one). */
export function recordProgress(input: RecordProgressInput) {
  return lesson('recordProgress', input)
}

export function saveReflection(input: SaveReflectionInput) {
  return lesson('saveReflection', input)
}

export function saveDraft(input: SaveDraftInput) {
  return lesson('saveDraft', input)
}

export function submitLesson(input: ScopedLessonInput) {
  return lesson('submitLesson', input)
}

export function withdrawLesson(input: ScopedLessonInput) {
  return lesson('withdrawLesson', input)
}

export function listMyLessons(input: PageInput) {
  return lesson('listMyLessons', input)
}

export function listReviewQueue(input: OrgPageInput) {
  return lesson('listReviewQueue', input)
}

export function reviewLesson(input: ReviewLessonInput) {
  return lesson('reviewLesson', input)
}

export function setPinned(input: SetPinnedInput) {
  return lesson('setPinned', input)
}

export function setRequired(input: SetRequiredInput) {
  return lesson('setRequired', input)
}

/** Per-branch completion of one lesson (and, for a branch secretary, their members' reflections). */
export function getLessonStats(input: ScopedLessonInput) {
  return lesson('getLessonStats', input)
}
