import type { InboxActions } from '../../types/inbox'
import type { ListInboxInput, MarkReadInput } from '../../types/inbox.schema'
import { cloudFunction } from '../platform/cloud'

const inbox = cloudFunction<InboxActions>('inbox')

export function listMyInbox(input: ListInboxInput) {
  return inbox('listMine', input)
}

export function countUnread() {
  return inbox('countUnread', {})
}

export function markRead(input: MarkReadInput) {
  return inbox('markRead', input)
}

export function markAllRead() {
  return inbox('markAllRead', {})
}
