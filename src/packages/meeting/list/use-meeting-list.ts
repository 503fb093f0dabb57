import { useCallback, useState } from 'react'
import type { MeetingSummary } from '../../../../types/meeting'
import { listMeetings } from '../../../services/meeting'
import { usePagedList } from '../../../hooks/use-paged-list'

export type ListTab = 'upcoming' | 'past'

/** The org's meetings on two tabs: 即将召开 (soonest first) and 已召开 (latest first). */
export function useMeetingList(orgId: string) {
  const [tab, setTab] = useState<ListTab>('upcoming')
  const fetchPage = useCallback(
    (page: number) => listMeetings({ orgId, when: tab, page }),
    [orgId, tab],
  )
  return { tab, setTab, ...usePagedList<MeetingSummary>(fetchPage) }
}
