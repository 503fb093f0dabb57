import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { AuditItem } from '../../../../types/org'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { listAudit } from '../../../services/org'
import { ListFooter } from '../../../components/list-footer'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-org-id'
import { usePagedList } from '../../../hooks/use-paged-list'
import '../shared/org.css'
import './index.css'

export default function AuditPage() {
  const orgId = useOrgIdParam()
  if (!orgId) return <PageState kind="error" message={MISSING_ORG_MESSAGE} />
  return <AuditLog orgId={orgId} />
}

/** Who did what, newest first, in Beijing time. */
function AuditLog({ orgId }: { orgId: string }) {
  const fetchPage = useCallback((page: number) => listAudit({ orgId, page }), [orgId])
  const { state, retry, loadMore } = usePagedList<AuditItem>(fetchPage)

  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  if (state.items.length === 0) {
    return (
      <PageState
        kind="empty"
        title="还没有操作记录"
        description="成员、邀请和审批等操作会记在这里"
      />
    )
  }
  return (
    <View className="org-page audit">
      {state.items.map((item) => (
        <View key={item.id} className="audit-item">
          <View className="audit-item__head">
            <Text className="audit-actor">{item.actorNickname}</Text>
            <Text className="audit-time">{formatShanghai(item.at)}</Text>
          </View>
          <Text className="audit-summary">{item.summary}</Text>
        </View>
      ))}
      <ListFooter
        count={state.items.length}
        nextPage={state.nextPage}
        loadingMore={state.loadingMore}
        moreError={state.moreError}
        onLoadMore={loadMore}
      />
    </View>
  )
}
