import { useEffect, useState } from 'react'
import { refreshInboxBadge } from '../services/inbox-badge'

/**
 * The unread 消息 count, asked again whenever `shown` changes (我的 logs in afresh on every show, so
 * its login result does), and put on the 我的 tab's badge.
 */
export function useUnreadInbox(shown: unknown): number {
  const [unread, setUnread] = useState(0)
  useEffect(() => {
    let current = true
    void refreshInboxBadge().then((count) => {
      if (current && count !== null) setUnread(count)
    })
    return () => {
      current = false
    }
  }, [shown])
  return unread
}
