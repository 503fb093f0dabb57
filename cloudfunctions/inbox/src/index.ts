import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { InboxActions } from '../../../types/inbox'
import { countUnread } from './actions/count-unread'
import { listMine } from './actions/list-mine'
import { markAllRead } from './actions/mark-all-read'
import { markRead } from './actions/mark-read'

const actions: ActionsFor<InboxActions> = {
  listMine,
  countUnread,
  markRead,
  markAllRead,
}

export const main = createRouter('inbox', actions)
