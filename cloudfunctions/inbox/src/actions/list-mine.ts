import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { toInboxItem, type InboxRecord } from '../../../_shared/records/inbox'
import { INBOX_PAGE_SIZE, type InboxItem } from '../../../../types/inbox'
import { listInboxInput } from '../../../../types/inbox.schema'
import type { Page } from '../../../../types/org'

/** The caller's own 消息, newest first, one page per round trip. */
export const listMine = defineAction({
  schema: listInboxInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run({ page = 0 }, { db, caller }): Promise<Page<InboxItem>> {
    const found = await rows<InboxRecord>(
      db
        .collection('inbox')
        .where({ openid: caller.openid })
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .skip(page * INBOX_PAGE_SIZE)
        .limit(INBOX_PAGE_SIZE + 1)
        .get(),
    )
    return {
      items: found.slice(0, INBOX_PAGE_SIZE).map(toInboxItem),
      nextPage: found.length > INBOX_PAGE_SIZE ? page + 1 : null,
    }
  },
})
