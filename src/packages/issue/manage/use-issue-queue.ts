import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { IssueQueue, IssueSummary, QueueView } from '../../../../types/issue'
import { usePageParam } from '../../../hooks/use-page-param'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listIssuesForOrg } from '../../../services/issue'

/**
 * A handler's lists for one org (?orgId=): 待受理 first, the counts on each tab, fresh again after
 * coming back from a case.
 */
export function useIssueQueue() {
  const orgId = usePageParam('orgId')
  const initial = (usePageParam('view') || 'pending') as QueueView
  const [view, setView] = useState<QueueView>(initial)

  const fetchPage = useCallback(
    (page: number) => listIssuesForOrg({ orgId, view, page }),
    [orgId, view],
  )
  const list = usePagedList<IssueSummary, IssueQueue>(fetchPage, { reloadOnShow: true })

  return {
    orgId,
    view,
    setView,
    list,
    open: (id: string) => void Taro.navigateTo({ url: `/packages/issue/detail/index?id=${id}` }),
  }
}
