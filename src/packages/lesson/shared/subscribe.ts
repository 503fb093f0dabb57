import Taro from '@tarojs/taro'
import { SUBSCRIBE_TEMPLATES } from '../../../../types/subscriptions'
import { recordDueReminderSubscription } from '../../../services/lesson'

/**
 * Asks, from the tap itself, whether to be reminded before a 规定动作 is due; an accept gives one
 * `lessonDue` message. Resolves to what to tell the person.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export async function askForDueReminder(): Promise<string> {
  if (process.env.TARO_ENV !== 'weapp') return '本地预览不支持订阅消息，请在微信里打开'
  const templateId = SUBSCRIBE_TEMPLATES.lessonDue
  try {
    const result = (await Taro.requestSubscribeMessage({
      tmplIds: [templateId],
      entityIds: [],
    })) as unknown as Record<string, string>
    if (result[templateId] !== 'accept') return '没有开启提醒'
    const reply = await recordDueReminderSubscription()
    return reply.ok ? '到期前会提醒你一次' : reply.message
  } catch {
    return '没有开启提醒'
  }
}
