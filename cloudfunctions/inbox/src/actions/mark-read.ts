import { defineAction } from '../../../_shared/action'
import { updatedCount } from '../../../_shared/db'
import { markReadInput } from '../../../../types/inbox.schema'
import { unreadOf } from '../inbox'

/**
 * Marks some of the caller's 消息 read. Only the caller's own rows match: another person's id is
 * passed over exactly as a made-up one is (`marked` counts neither), so an id confirms nothing.
 * Not audited: like a notice receipt, it is the reader's own state, not a change to anyone's record.
 */
export const markRead = defineAction({
  schema: markReadInput,
  policy: { kind: 'signedIn' },
  async run({ ids }, { db, caller }) {
    const _ = db.command
    const marked = await updatedCount(
      db
        .collection('inbox')
        .where({ ...unreadOf(caller.openid), _id: _.in([...new Set(ids)]) })
        .update({ data: { readAt: new Date() } }),
    )
    return { marked }
  },
})
