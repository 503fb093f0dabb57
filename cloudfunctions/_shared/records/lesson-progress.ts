import type { CompletionEvidence } from '../../../types/lesson'

/** A document of `lessonProgress`: one per lesson and reader, so beats and retries land on one row. */
export interface ProgressRecord {
  _id: string
  lessonId: string
  openid: string
  /** The org the person read from (their branch), for the secretary's view of reflections. */
  orgId: string
  percent: number
  resumeAt: number
  activeSeconds: number
  /** Beat counter: the compare-and-set key, so two beats at once cannot both spend the same time. */
  beats: number
  /** Server time of the last beat (or of opening the reader): what the next beat is capped by. */
  beatAt: Date
  startedAt: Date
  completedAt: Date | null
  /** The parts of the lesson (READING_SECTIONS) that beats said passed the screen; absent on old rows. */
  sectionsSeen?: number[]
  /** Set on completion: whether the beats covered every part, or only the time minimum was met. */
  evidence?: CompletionEvidence | null
  reflection: string
  reflectionHeld: boolean
  updatedAt: Date
}

export function progressId(lessonId: string, openid: string): string {
  return `${lessonId}_${openid}`
}
