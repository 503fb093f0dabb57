import type { Database } from '../cloud'
import { updatedCount } from '../db'
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

/** Whether an update changed a document. */
export async function updated(write: unknown): Promise<boolean> {
  return (await updatedCount(write)) > 0
}
