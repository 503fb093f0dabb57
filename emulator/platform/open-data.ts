/**
 * Open data as the platform hands it to a cloud function, copied from the official docs.
 *
 * Group entry: `wx.getGroupEnterInfo` gives the client a cloudID; `cloud.getOpenData({ list })` (or a
 * `wx.cloud.CloudID` in the call's data) turns it into this JSON. The key is lower-case `opengid`
 * (the old getShareInfo said `openGId`).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/group/wx.getGroupEnterInfo.html
 */
export interface GroupEnterOpenData {
  /** 多聊群下返回的群唯一标识 */
  opengid: string
  /** 单聊群下返回的群唯一标识 (only with allowSingleChat) */
  open_single_roomid: string
  /** 用户在当前群的唯一标识 (only with needGroupOpenID) */
  group_openid: string
  /** 聊天室类型 (the doc's sample shows 3) */
  chat_type: number
  watermark: { appid: string; timestamp: number }
}

/** The doc's sample, with this group's id and the app's watermark. */
export function groupEnterOpenData(opengid: string, appid: string, now = Date.now()) {
  const data: GroupEnterOpenData = {
    opengid,
    open_single_roomid: '',
    group_openid: '',
    chat_type: 3,
    watermark: { appid, timestamp: Math.floor(now / 1000) },
  }
  return data
}

/**
 * What `cloud.getOpenData({ list: [cloudID] })` resolves to: one `{ cloudID, data }` per id, in order.
 * wx-server-sdk 4.0.2 parses the platform's `json` field of each item and adds errMsg/errCode.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/Cloud.getOpenData.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/cloudbase/getOpenData.html
 */
export function getOpenDataReply(list: { cloudID: string; data: unknown }[]) {
  return { list, errMsg: 'getOpenData:ok', errCode: 0 }
}

/**
 * A `wx.cloud.CloudID(id)` at the top level of callFunction data arrives in the event as
 * `{ cloudID, data }`; one nested deeper stays the plain string.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/Cloud.CloudID.html
 */
export function cloudIdInEvent(cloudID: string, data: unknown) {
  return { cloudID, data }
}
