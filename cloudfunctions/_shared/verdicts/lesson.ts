import type { Applier } from './outcome'
import { updated } from './outcome'

/**
 * Images of a micro-lesson. Submitting for review puts every image in `heldImages`: the author and
 * reviewers see it marked 审核中, readers do not see it (nor use it as the cover). Pass releases it;
 * risky moves it to `blockedImages`, which readers never see and the author is asked to replace.
 */
export const applyLessonImage: Applier = async (db, check, verdict) => {
  if (verdict === 'review') return 'held'
  const _ = db.command
  const moved = await updated(
    db
      .collection('lessons')
      .where({ _id: check.recordId, heldImages: check.fileID })
      .update({
        data:
          verdict === 'pass'
            ? { heldImages: _.pull(check.fileID) }
            : { heldImages: _.pull(check.fileID), blockedImages: _.addToSet(check.fileID) },
      }),
  )
  if (!moved) return 'gone'
  return verdict === 'pass' ? 'shown' : 'removed'
}
