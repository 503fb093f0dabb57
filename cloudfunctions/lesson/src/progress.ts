import type { Database } from '../../_shared/cloud'
import {
  END_PERCENT,
  READING_SECTIONS,
  secondsNeededToComplete,
  sectionsIn,
  type CompletionEvidence,
  type MyProgress,
} from '../../../types/lesson'
import { addOnce } from '../../_shared/db'
import { progressId, type ProgressRecord } from '../../_shared/records/lesson-progress'

/** However long a beat claims, one beat never adds more than this. */
export const MAX_SECONDS_PER_BEAT = 60

export interface Beat {
  percent: number
  activeSeconds: number
  /** The stretch [from, to] (percents) that passed the screen since the last beat, if the client says. */
  seen?: [number, number]
}

export interface BeatOutcome {
  credited: number
  percent: number
  resumeAt: number
  activeSeconds: number
  sectionsSeen: number[]
  completes: boolean
  /** How the completion is evidenced (null unless this beat completes). */
  evidence: CompletionEvidence | null
}

/**
 * What a heartbeat may add: its claimed active seconds, but never more than the wall time since the
 * previous beat (a timer left open, a replayed or forged beat cannot inflate reading time), and the
 * lesson completes only once the end was reached AND enough active time was spent. Beside that rule
 * it keeps the evidence: the parts of the lesson the beats said they passed, and on completion
 * whether they covered all of it (`sections`) or only the time minimum was met (`minimum`).
 */
export function creditBeat(
  progress: Pick<
    ProgressRecord,
    'percent' | 'activeSeconds' | 'beatAt' | 'completedAt' | 'sectionsSeen'
  >,
  beat: Beat,
  now: Date,
  readingSeconds: number,
): BeatOutcome {
  const wallSeconds = Math.max(
    0,
    Math.floor((now.getTime() - new Date(progress.beatAt).getTime()) / 1000),
  )
  const credited = Math.min(beat.activeSeconds, wallSeconds, MAX_SECONDS_PER_BEAT)
  const activeSeconds = progress.activeSeconds + credited
  const percent = Math.max(progress.percent, beat.percent)
  const sectionsSeen = [
    ...new Set([...(progress.sectionsSeen ?? []), ...(beat.seen ? sectionsIn(...beat.seen) : [])]),
  ].sort((a, b) => a - b)
  const completes =
    !progress.completedAt &&
    percent >= END_PERCENT &&
    activeSeconds >= secondsNeededToComplete(readingSeconds)
  const covered = sectionsSeen.length === READING_SECTIONS
  return {
    credited,
    percent,
    resumeAt: beat.percent,
    activeSeconds,
    sectionsSeen,
    completes,
    evidence: completes ? (covered ? 'sections' : 'minimum') : null,
  }
}

export function toMyProgress(
  record: ProgressRecord | undefined,
  readingSeconds: number,
): MyProgress {
  return {
    percent: record?.percent ?? 0,
    resumeAt: record?.resumeAt ?? 0,
    activeSeconds: record?.activeSeconds ?? 0,
    neededSeconds: secondsNeededToComplete(readingSeconds),
    completed: Boolean(record?.completedAt),
    completedAt: record?.completedAt ? new Date(record.completedAt).toISOString() : null,
    reflection: record?.reflection ?? '',
    reflectionHeld: record?.reflectionHeld ?? false,
  }
}

/**
 * Opening the reader starts a reading session: the progress row is made on first open, and on every
 * open `beatAt` moves to now, so the first beat is capped by the time since the page was opened.
 */
export async function startReadingSession(
  db: Database,
  existing: ProgressRecord | undefined,
  lessonId: string,
  openid: string,
  orgId: string,
): Promise<ProgressRecord> {
  const now = new Date()
  const id = progressId(lessonId, openid)
  const _ = db.command
  if (existing) {
    await db
      .collection('lessonProgress')
      .doc(id)
      .update({ data: { beatAt: now, beats: _.inc(1), updatedAt: now } })
    return { ...existing, beatAt: now, beats: existing.beats + 1 }
  }
  const record: ProgressRecord = {
    _id: id,
    lessonId,
    openid,
    orgId,
    percent: 0,
    resumeAt: 0,
    activeSeconds: 0,
    beats: 0,
    beatAt: now,
    startedAt: now,
    completedAt: null,
    reflection: '',
    reflectionHeld: false,
    updatedAt: now,
  }
  if ((await addOnce(db, 'lessonProgress', record)) === 'exists') {
    // Opened twice at once: the other open made the row; this one only moves the session start.
    await db
      .collection('lessonProgress')
      .doc(id)
      .update({ data: { beatAt: now, beats: _.inc(1), updatedAt: now } })
  }
  return record
}
