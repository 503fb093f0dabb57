import type { Database } from '../cloud'
import type { MediaCheckRecord, MediaVerdict } from '../media-check'

/**
 * What applying a verdict did to the image: shown to everyone, taken down, still held for a person
 * (`review`), or nothing because the image is no longer there (edited out, record deleted).
 */
export type Applied = 'shown' | 'removed' | 'held' | 'gone'

/** One per kind of record: moves that record's image as the verdict says, idempotently. */
export type Applier = (
  db: Database,
  check: MediaCheckRecord,
  verdict: MediaVerdict,
) => Promise<Applied>

export type UpdateReply = { stats: { updated: number } }

/** Whether an update changed a document (the SDK types its promise loosely). */
export async function updated(write: unknown): Promise<boolean> {
  return ((await write) as UpdateReply).stats.updated > 0
}
