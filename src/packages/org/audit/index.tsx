import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { AuditItem } from '../../../../types/org'
import { PageState } from '../../../components/page-state'
import { PagedList } from '../../../components/paged-list'
import { formatShanghai } from '../../../format/datetime'
import { listAudit } from '../../../services/org'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { usePagedList } from '../../../hooks/use-paged-list'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/org.css'
import './index.css'

export default function AuditPage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <AuditLog orgId={orgId} />
}

/** Who did what, newest first, in Beijing time. */
function AuditLog({ orgId }: { orgId: string }) {
  const fetchPage = useCallback((page: number) => listAudit({ orgId, page }), [orgId])
  const list = usePagedList<AuditItem>(fetchPage)
  return (
    <PageRoot className="card-page audit">
      <PagedList
        list={list}
        empty={{ title: '还没有操作记录', description: '成员、邀请和审批等操作会记在这里' }}
      >
        {(items) =>
          items.map((item) => (
            <View key={item.id} className="audit-item">
              <View className="audit-item__head">
                <Text className="audit-actor">{item.actorNickname}</Text>
                <Text className="audit-time">{formatShanghai(item.at)}</Text>
              </View>
              <Text className="audit-summary">{item.summary}</Text>
            </View>
          ))
        }
      </PagedList>
    </PageRoot>
  )
}
