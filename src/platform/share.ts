import Taro from '@tarojs/taro'

/** The live count an updatable group card (动态消息) shows, e.g. 已签到 12/20. */
export interface LiveShareCount {
  /** From the server's createActivityId; without one the card is an ordinary one. */
  activityId: string | null
  attended: number
  expected: number
}

/**
 * Makes the page's next share carry a shareTicket, so a card opened from the group tells the app which
 * group it is; with a live count it is an updatable message (动态消息) whose count the server moves.
 * iOS drops the shareTicket if isUpdatableMessage is passed as false, so it is only passed when true.
 * Nothing to do in the local H5 preview, which cannot share to WeChat.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.updateShareMenu.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share/updatable-message.html
 */
/**
 * The updatable-message template: "开始时" — state 0 "成员正在加入，当前 {member_count}/{room_limit} 人",
 * then 已开始 — which fits a meeting filling up with sign-ins. The state you use needs its template id.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share/updatable-message.html
 */
export const MEETING_CARD_TEMPLATE_ID = '21B034D08C5615B9889CE362BB957B1EE69A584B'

export async function prepareGroupShare(live?: LiveShareCount): Promise<void> {
  if (process.env.TARO_ENV === 'h5') return
  const option = live?.activityId
    ? {
        withShareTicket: true,
        isUpdatableMessage: true,
        activityId: live.activityId,
        templateInfo: {
          templateId: MEETING_CARD_TEMPLATE_ID,
          parameterList: [
            { name: 'member_count', value: String(live.attended) },
            { name: 'room_limit', value: String(live.expected) },
          ],
        },
      }
    : { withShareTicket: true }
  await Taro.updateShareMenu(option)
}
