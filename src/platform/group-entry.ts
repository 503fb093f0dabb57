import Taro from '@tarojs/taro'
import { fetchLocalGroupCloudId, localGroupId } from './local-group-entry'

/**
 * Opening the app from a card in a WeChat group: which group, as a cloudID the org function resolves to
 * the group's openGId with getOpenData. A cloudID is valid for 5 minutes, so ask for a fresh one right
 * before each call that needs it.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/group/wx.getGroupEnterInfo.html
 */
export type GroupCloudId = { ok: true; cloudID: string } | { ok: false; message: string }

/** 带 shareTicket 的小程序消息卡片. 参考文档：https://developers.weixin.qq.com/miniprogram/dev/reference/scene-list.html */
const GROUP_CARD_SCENE = 1044

const GROUP_ERRORS: Record<string, string> = {
  '40097': '请从微信群里打开卡片',
  '65206': '你已不在这个群里',
}
const GROUP_INFO_FAILED = '读取群信息失败，请回到微信群重新打开卡片'

/**
 * A key naming the group entry this app session came from (the shareTicket in WeChat, the simulated
 * group id in the H5 preview), or null when the app was not opened from a group card.
 */
export function groupEntryKey(): string | null {
  if (process.env.TARO_ENV === 'h5') return localGroupId()
  // Cold start: the launch options; hot start: the latest onShow options.
  const options = Taro.getEnterOptionsSync?.()
  if (options?.scene === GROUP_CARD_SCENE && options.shareTicket) return options.shareTicket
  return null
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
    // Taro's promise form of this callback-only API resolves with a loosely typed result.
    const result = await new Promise<{ cloudID?: string }>((resolve, reject) => {
      void Taro.getGroupEnterInfo({ success: resolve, fail: reject })
    })
    if (result.cloudID) return { ok: true, cloudID: result.cloudID }
    return { ok: false, message: GROUP_INFO_FAILED }
  } catch (error) {
    return { ok: false, message: GROUP_ERRORS[groupErrorCode(error)] ?? GROUP_INFO_FAILED }
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
