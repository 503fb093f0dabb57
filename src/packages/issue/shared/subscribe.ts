import Taro from '@tarojs/taro'
import { SUBSCRIBE_TEMPLATES } from '../../../../types/subscriptions'
import { recordReplySubscription } from '../../../services/issue'

/**
 * Asks, from the submit tap itself, whether to be told when the branch replies; an accept gives one
 * `issueReplied` message. Declining or an unsupported platform (the H5 preview) changes nothing.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export async function askForReplyMessage(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  const templateId = SUBSCRIBE_TEMPLATES.issueReplied
  try {
    const result = (await Taro.requestSubscribeMessage({
      tmplIds: [templateId],
      entityIds: [],
    })) as unknown as Record<string, string>
    if (result[templateId] === 'accept') await recordReplySubscription()
  } catch {
    // The user closed the prompt or the template is not configured: submitting still works.
  }
}
