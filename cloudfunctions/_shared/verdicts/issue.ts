import type { Applier } from './outcome'
import { updated } from './outcome'

/**
 * Photos of a grassroots issue and of its reply. New photos wait in `heldPhotos` (`reply.heldPhotos`):
 * the one who took them sees them marked 审核中, nobody else does. Pass moves a photo to `photos`, where
 * everyone who may see the case sees it; risky drops it. Each move is one update conditioned on the
 * photo still being held, so a repeated push changes nothing.
 */
function issueApplier(prefix: '' | 'reply.'): Applier {
  return async (db, check, verdict) => {
    if (verdict === 'review') return 'held'
    const _ = db.command
    const held = `${prefix}heldPhotos`
    const shown = `${prefix}photos`
    const moved = await updated(
      db
        .collection('issues')
        .where({ _id: check.recordId, [held]: check.fileID })
        .update({
          data:
            verdict === 'pass'
              ? { [held]: _.pull(check.fileID), [shown]: _.push([check.fileID]) }
              : { [held]: _.pull(check.fileID) },
        }),
    )
    if (!moved) return 'gone'
    return verdict === 'pass' ? 'shown' : 'removed'
  }
}

export const applyIssuePhoto = issueApplier('')
export const applyReplyPhoto = issueApplier('reply.')
