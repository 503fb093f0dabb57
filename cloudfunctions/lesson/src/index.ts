import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { LessonActions } from '../../../types/lesson'
import { getLesson } from './actions/get-lesson'
import { getLessonStats } from './actions/get-lesson-stats'
import { listLessons } from './actions/list-lessons'
import { listMyLessons } from './actions/list-my-lessons'
import { listReviewQueue } from './actions/list-review-queue'
import { recordProgress } from './actions/record-progress'
import { reviewLesson } from './actions/review-lesson'
import { saveDraft } from './actions/save-draft'
import { saveReflection } from './actions/save-reflection'
import { setPinned } from './actions/set-pinned'
import { setRequired } from './actions/set-required'
import { submitLesson } from './actions/submit-lesson'
import { withdrawLesson } from './actions/withdraw-lesson'

const actions: ActionsFor<LessonActions> = {
  listLessons,
  getLesson,
  recordProgress,
  saveReflection,
  saveDraft,
  submitLesson,
  withdrawLesson,
  listMyLessons,
  listReviewQueue,
  reviewLesson,
  setPinned,
  setRequired,
  getLessonStats,
}

export const main = createRouter('lesson', actions)
