import type { Database } from '../../_shared/cloud'
import { addOnce, rows } from '../../_shared/db'
import type { UserProfile } from '../../../types/user'

export interface UserRecord {
  _id: string
  nickname: string
  avatarUrl: string
  phoneMasked: string
  createdAt: Date
  updatedAt: Date
}

export const DEFAULT_NICKNAME = '微信用户'

export async function findUser(db: Database, openid: string): Promise<UserRecord | undefined> {
  const found = await rows<UserRecord>(db.collection('users').where({ _id: openid }).limit(1).get())
  return found[0]
}

/** Creates the user once; a concurrent first login from the same person finds the existing row. */
export async function createUser(db: Database, openid: string): Promise<UserRecord | undefined> {
  const now = new Date()
  const record: UserRecord = {
    _id: openid,
    nickname: DEFAULT_NICKNAME,
    avatarUrl: '',
    phoneMasked: '',
    createdAt: now,
    updatedAt: now,
  }
  return (await addOnce(db, 'users', record)) === 'added' ? record : undefined
}

/** Keeps only the first 3 and last 4 digits: the full number is never stored. */
export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

export function toProfile(record: UserRecord): UserProfile {
  return {
    openid: record._id,
    nickname: record.nickname,
    avatarUrl: record.avatarUrl,
    phoneMasked: record.phoneMasked,
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
  }
}
