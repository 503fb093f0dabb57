import type { Database } from '../cloud'
import { rows } from '../db'
import {
  findMediaCheck,
  type MediaCheckRecord,
  type MediaKind,
  type MediaVerdict,
} from '../media-check'
import { applyActivityCover, applyActivityPhoto } from './activity'
import { applyIssuePhoto, applyReplyPhoto } from './issue'
import { applyLessonImage } from './lesson'
import { applyMinutesPhoto } from './meeting'
import type { Applied, Applier } from './outcome'
import { addOnce } from '../db'

export type { Applied } from './outcome'

/** The one applier per kind of record that holds checked images. */
const APPLIERS: Record<MediaKind, Applier> = {
  activityPhoto: applyActivityPhoto,
  activityCover: applyActivityCover,
  minutesPhoto: applyMinutesPhoto,
  issuePhoto: applyIssuePhoto,
  replyPhoto: applyReplyPhoto,
  lessonImage: applyLessonImage,
}

/**
 * Applies a verdict to the image behind a trace id. 'waiting': the verdict arrived before the action
 * recorded its image; it is kept, and applied when the action records it (recordImageChecks).
 * 'unchanged': the same verdict was applied already (WeChat may push twice).
 */
export async function applyMediaVerdict(
  db: Database,
  traceId: string,
  verdict: MediaVerdict,
): Promise<Applied | 'waiting' | 'unchanged'> {
  const now = new Date()
  const row = await findMediaCheck(db, traceId)
  if (!row) return keepEarlyVerdict(db, traceId, verdict, now)
  if (row.applied && row.verdict === verdict) return 'unchanged'
  await db
    .collection('mediaChecks')
    .doc(traceId)
    .update({ data: { verdict, verdictAt: now, applied: false } })
  const kind = row.kind
  if (!kind) return 'waiting'
  return applyToRecord(db, { ...row, kind, verdict }, verdict)
}

async function applyToRecord(
  db: Database,
  row: MediaCheckRecord & { kind: MediaKind },
  verdict: MediaVerdict,
): Promise<Applied> {
  const outcome = await APPLIERS[row.kind](db, row, verdict)
  await db
    .collection('mediaChecks')
    .doc(row._id)
    .update({ data: { applied: true } })
  return outcome
}

async function keepEarlyVerdict(
  db: Database,
  traceId: string,
  verdict: MediaVerdict,
  now: Date,
): Promise<'waiting' | Applied | 'unchanged'> {
  const row: MediaCheckRecord = {
    _id: traceId,
    kind: '',
    recordId: '',
    itemId: '',
    fileID: '',
    openid: '',
    createdAt: now,
    verdict,
    verdictAt: now,
    applied: false,
  }
  if ((await addOnce(db, 'mediaChecks', row)) === 'added') return 'waiting'
  // The action recorded the image in between: apply to it after all.
  return applyMediaVerdict(db, traceId, verdict)
}

/** Verdicts that are in but not yet reflected in their records (a failed apply): applies them again. */
export async function reapplyPendingVerdicts(db: Database, limit: number): Promise<number> {
  const _ = db.command
  const due = await rows<MediaCheckRecord & { kind: MediaKind; verdict: MediaVerdict }>(
    db
      .collection('mediaChecks')
      .where({ applied: false, verdict: _.neq(null), kind: _.neq('') })
      .limit(limit)
      .get(),
  )
  for (const row of due) await applyToRecord(db, row, row.verdict)
  return due.length
}
