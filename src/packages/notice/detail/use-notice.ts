import { useCallback } from 'react'
import { badLink, useReply } from '../../../hooks/use-reply'
import { usePageParam } from '../../../hooks/use-page-param'
import { openNotice } from '../../../services/notice'

/** Opens (and so signs for) the notice named by `?orgId=&id=`. */
export function useNotice() {
  const orgId = usePageParam('orgId')
  const noticeId = usePageParam('id')
  const fetch = useCallback(
    () =>
      orgId && noticeId
        ? openNotice({ orgId, noticeId })
        : badLink('链接缺少通知信息，请从通知列表重新进入'),
    [orgId, noticeId],
  )
  const { state, retry } = useReply(fetch)
  return { state, retry, orgId }
}
