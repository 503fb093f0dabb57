import type { SignedInCase } from './cases'

/** 消息 is anyone's own: every identified person may read and mark theirs. */
export const inboxSignedInCases: SignedInCase[] = [
  { fn: 'inbox', action: 'listMine', input: () => ({}) },
  { fn: 'inbox', action: 'countUnread', input: () => ({}) },
  { fn: 'inbox', action: 'markRead', input: () => ({ ids: ['ib_matrix'] }) },
  { fn: 'inbox', action: 'markAllRead', input: () => ({}) },
]
