import { defineAction } from '../../../_shared/action'
import { updatedCount } from '../../../_shared/db'
import { noInput } from '../../../../types/contract.schema'
import { unreadOf } from '../inbox'

/** 全部标为已读: every unread row of the caller's, in one update (not audited, as markRead). */
export const markAllRead = defineAction({
  schema: noInput,
  policy: { kind: 'signedIn' },
  async run(_input, { db, caller }) {
    const marked = await updatedCount(
      db
        .collection('inbox')
        .where(unreadOf(caller.openid))
        .update({ data: { readAt: new Date() } }),
    )
    return { marked }
  },
})
