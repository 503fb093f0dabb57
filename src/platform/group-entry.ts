import Taro from '@tarojs/taro'
import { fetchLocalGroupCloudId, localGroupId } from './local-group-entry'

/**
 * Opening the app from a WeChat group: which group, as a cloudID the org function resolves to the
 * group's opengid with getOpenData. A cloudID is valid for 5 minutes, so ask for a fresh one right
 * before each call that needs it.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/group/wx.getGroupEnterInfo.html
 */
export type GroupCloudId =
  | { ok: true; cloudID: string }
  /** `notFromGroup`: the platform said this entry is not a group-chat scene (40097). */
  | { ok: false; message: string; notFromGroup?: boolean }

const NOT_FROM_GROUP = '请从微信群里打开卡片'
const GROUP_ERRORS: Record<string, string> = {
  '40097': NOT_FROM_GROUP,
  '65206': '你已不在这个群里',
}
const GROUP_INFO_FAILED = '读取群信息失败，请回到微信群重新打开卡片'

/** chatType of a one-to-one chat (微信联系人单聊, 企业微信联系人单聊): never a group. */
const SINGLE_CHATS = [1, 2]

/**
 * A key naming the entry this app session came from, or null when it cannot be a group entry.
 * getGroupEnterInfo covers every group-chat scene — message cards (with or without a shareTicket),
 * 群待办 and 群工具 (base library ≥ 2.17.3) — so rather than keep a list of scene ids, every entry that
 * is not a one-to-one chat gets one question and the platform's 40097 answers "not a group". The key
 * changes with each new entry (scene, path, query, shareTicket), so the question is asked once per
 * entry, not on every show. In the H5 preview it is the simulated group id.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/wx.getEnterOptionsSync.html
 */
export function groupEntryKey(): string | null {
  if (process.env.TARO_ENV === 'h5') return localGroupId()
  // Cold start: the launch options; hot start: the latest onShow options.
  const options = Taro.getEnterOptionsSync?.()
  if (!options) return null
  if (SINGLE_CHATS.includes(Number(options.chatType))) return null
  return JSON.stringify([options.scene, options.path, options.query, options.shareTicket ?? ''])
}

/**
 * A fresh cloudID for the group the app was opened from. Not `async` itself: inside an async function's
 * state machine the H5 branch would survive as an unreachable case and ship in the weapp build.
 */
export function fetchGroupCloudId(): Promise<GroupCloudId> {
  if (process.env.TARO_ENV === 'h5') return fetchLocalGroupCloudId()
  return fetchWechatGroupCloudId()
}

async function fetchWechatGroupCloudId(): Promise<GroupCloudId> {
  try {
    // Callback style only (no promise form); the result carries cloudID for apps with 云开发.
    const result = await new Promise<{ cloudID?: string }>((resolve, reject) => {
      void Taro.getGroupEnterInfo({ success: resolve, fail: reject })
    })
    if (result.cloudID) return { ok: true, cloudID: result.cloudID }
    return { ok: false, message: GROUP_INFO_FAILED }
  } catch (error) {
    const code = groupErrorCode(error)
    return {
      ok: false,
      message: GROUP_ERRORS[code] ?? GROUP_INFO_FAILED,
      ...(code === '40097' ? { notFromGroup: true } : {}),
    }
  }
}

/** The platform reports the code as errCode, errno or err_code, or only inside errMsg. */
function groupErrorCode(error: unknown): string {
  const fields = (error ?? {}) as Record<string, unknown>
  const code = fields.errCode ?? fields.errno ?? fields.err_code
  if (code !== undefined) return String(code)
  const message = String(fields.errMsg ?? '')
  if (/invalid scene/i.test(message)) return '40097'
  return /\b(40097|65206)\b/.exec(message)?.[1] ?? ''
}
