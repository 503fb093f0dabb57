import { randomInt } from 'node:crypto'
import type { Database } from '../../_shared/cloud'
import { rows } from '../../_shared/db'
import { ActionError } from '../../_shared/errors'

export interface InviteRecord {
  _id: string
  orgId: string
  createdBy: string
  createdAt: Date
  expiresAt: Date
}

/** No I, O, 0 or 1: a code read aloud in a meeting room should not be mistyped. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const INVITE_DAYS = 7

export function newInviteCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

export async function findLiveInvite(db: Database, code: string, now = new Date()) {
  const [invite] = await rows<InviteRecord>(
    db.collection('invites').where({ _id: code }).limit(1).get(),
  )
  if (!invite || new Date(invite.expiresAt) < now) {
    throw new ActionError('NOT_FOUND', '这个邀请已失效，请向支部书记要一个新的邀请')
  }
  return invite
}
