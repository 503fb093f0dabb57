import { randomBytes } from 'node:crypto'
import { currentScope } from './context'
import { cloudIdInEvent, getOpenDataReply } from './platform/open-data'
import { MINUTE_MS } from '../types/time'

/**
 * CloudIDs the local gateway issued for simulated group entry (getGroupEnterInfo). In production the
 * platform issues them; a cloudID is bound to one user and valid for 5 minutes. The data behind each
 * one has the documented shape (emulator/platform/open-data.ts).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/open-data.html
 */
interface IssuedCloudId {
  openid: string
  data: unknown
  expiresAt: number
}

/** The opengid the local gateway gives a simulated group. */
export function localOpengid(groupId: string): string {
  return `G_local_${groupId}`
}

const FIVE_MINUTES = 5 * MINUTE_MS
const issued = new Map<string, IssuedCloudId>()

export function issueCloudId(openid: string, data: unknown, now = Date.now()): string {
  const cloudID = `local_${randomBytes(12).toString('hex')}`
  issued.set(cloudID, { openid, data, expiresAt: now + FIVE_MINUTES })
  return cloudID
}

/** What the platform puts in place of `wx.cloud.CloudID(id)` in an event, or undefined if not valid. */
export function resolveCloudId(cloudID: string, openid: string, now = Date.now()) {
  const entry = issued.get(cloudID)
  if (!entry || entry.openid !== openid || entry.expiresAt < now) return undefined
  return cloudIdInEvent(cloudID, entry.data)
}

/**
 * `cloud.getOpenData({ list })` → `{ list: [{ cloudID, data }] }`. An unknown, expired or someone else's
 * cloudID fails the whole call, as the platform does.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/Cloud.getOpenData.html
 */
export async function getOpenData(params: { list?: unknown[] }) {
  const openid = currentScope()?.openid ?? ''
  const list = (params?.list ?? []).map((id) => {
    const resolved = typeof id === 'string' ? resolveCloudId(id, openid) : undefined
    if (!resolved) {
      throw Object.assign(new Error('getOpenData:fail invalid or expired cloudID'), {
        errCode: -604101,
        errMsg: 'getOpenData:fail invalid or expired cloudID',
      })
    }
    return resolved
  })
  return getOpenDataReply(list)
}
