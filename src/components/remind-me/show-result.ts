import Taro from '@tarojs/taro'
import type { RemindResult } from '../../../types/notice'

/**
 * What a leader sees after a 提醒 tap: how many were reminded, how many the cron still reminds, and how
 * many never turned the reminder on (`what`: 通知提醒, 党费提醒), so they are reminded another way.
 */
export function showRemindResult({ reminded, withoutCredit, pending }: RemindResult, what: string) {
  const later = pending > 0 ? `另有 ${pending} 人稍后自动提醒。` : ''
  void Taro.showModal({
    title: '提醒已发送',
    content:
      withoutCredit > 0
        ? `已提醒 ${reminded} 人；${later}另有 ${withoutCredit} 人没有开启${what}，请在群里提醒他们。`
        : `已提醒 ${reminded} 人。${later}`,
    showCancel: false,
  })
}
