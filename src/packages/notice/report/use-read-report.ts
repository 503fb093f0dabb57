import { useCallback, useState } from 'react'
import { usePageParam } from '../../../hooks/use-page-param'
import { badLink, useReply } from '../../../hooks/use-reply'
import { readReport, remindUnread } from '../../../services/notice'
import { showRemindResult } from '../../../components/remind-me/show-result'

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
    showRemindResult(reply.data, '通知提醒')
  }, [orgId, noticeId])

  return { state, retry, remind, reminding, remindError }
}
