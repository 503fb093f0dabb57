import { randomBytes } from 'node:crypto'
import { currentScope } from './context'

/**
 * CloudIDs the local gateway issued for simulated group entry (getGroupEnterInfo). In production the
 * platform issues them; a cloudID is bound to one user and valid for 5 minutes.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/open-data.html
 */
interface IssuedCloudId {
  openid: string
  data: unknown
  expiresAt: number
}

const FIVE_MINUTES = 5 * 60 * 1000
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
  return { cloudID, data: entry.data }
}

/** `cloud.getOpenData({ list })`: unknown, expired or someone else's ids come back with an error. */
export function getOpenData(params: { list?: unknown[] }) {
  const openid = currentScope()?.openid ?? ''
  const list = (params?.list ?? []).map((id) => {
    const resolved = typeof id === 'string' ? resolveCloudId(id, openid) : undefined
    return resolved
      ? { cloudID: resolved.cloudID, json: { cloudID: resolved.cloudID, data: resolved.data } }
      : { cloudID: String(id), json: { errCode: -601006, errMsg: 'cloudID invalid or expired' } }
  })
  return { list, errMsg: 'getOpenData:ok' }
}
