import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { usePageParam } from '../../../hooks/use-page-param'
import { badLink, useReply } from '../../../hooks/use-reply'
import { readReport, remindUnread } from '../../../services/notice'

/** Who has read the notice, per branch, and a reminder to those who have not (`?orgId=&id=`). */
export function useReadReport() {
  const orgId = usePageParam('orgId')
  const noticeId = usePageParam('id')
  const fetch = useCallback(
    () =>
      orgId && noticeId
        ? readReport({ orgId, noticeId })
        : badLink('链接缺少通知信息，请从通知重新进入'),
    [orgId, noticeId],
  )
  const { state, retry } = useReply(fetch)
  const [reminding, setReminding] = useState(false)
  const [remindError, setRemindError] = useState('')

  const remind = useCallback(async () => {
    setReminding(true)
    setRemindError('')
    const reply = await remindUnread({ orgId, noticeId })
    setReminding(false)
    if (!reply.ok) {
      setRemindError(reply.message)
      return
    }
    const { reminded, withoutCredit, pending } = reply.data
    const later = pending > 0 ? `另有 ${pending} 人稍后自动提醒。` : ''
    void Taro.showModal({
      title: '提醒已发送',
      content:
        withoutCredit > 0
          ? `已提醒 ${reminded} 人；${later}另有 ${withoutCredit} 人没有开启通知提醒，请在群里提醒他们。`
          : `已提醒 ${reminded} 人。${later}`,
      showCancel: false,
    })
  }, [orgId, noticeId])

  return { state, retry, remind, reminding, remindError }
}
