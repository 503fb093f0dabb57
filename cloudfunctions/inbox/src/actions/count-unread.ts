import { defineAction } from '../../../_shared/action'
import { countOf } from '../../../_shared/db'
import { noInput } from '../../../../types/contract.schema'
import { unreadOf } from '../inbox'

/** How many of the caller's 消息 are unread: the number on 我的 and its tab. */
export const countUnread = defineAction({
  schema: noInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run(_input, { db, caller }) {
    return { unread: await countOf(db.collection('inbox').where(unreadOf(caller.openid)).count()) }
  },
})
