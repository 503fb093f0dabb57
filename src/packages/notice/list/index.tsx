import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { NoticeSummary } from '../../../../types/notice'
import { ListFooter } from '../../../components/list-footer'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-org-id'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listNotices } from '../../../services/notice'
import '../notice.css'

export default function NoticeListPage() {
  const orgId = useOrgIdParam()
  if (!orgId) return <PageState kind="error" message={MISSING_ORG_MESSAGE} />
  return <NoticeList orgId={orgId} />
}

function NoticeList({ orgId }: { orgId: string }) {
  const fetchPage = useCallback((page: number) => listNotices({ orgId, page }), [orgId])
  const { state, retry, loadMore } = usePagedList<NoticeSummary>(fetchPage)

  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  if (state.items.length === 0) {
    return (
      <PageState kind="empty" title="还没有通知" description="支部和上级发布的通知会显示在这里" />
    )
  }
  return (
    <View className="notice-page">
      {state.items.map((notice) => (
        <View
          key={notice.id}
          className="notice-row notice-item"
          data-id={notice.id}
          onClick={() =>
            void Taro.navigateTo({
              url: `/packages/notice/detail/index?orgId=${orgId}&id=${notice.id}`,
            })
          }
        >
          <Text className="notice-row__title">
            {notice.read ? null : <Text className="notice-tag notice-tag--unread">未读</Text>}
            {notice.pinned ? <Text className="notice-tag">置顶</Text> : null}
            {notice.title}
          </Text>
          <Text className="notice-row__meta">
            {notice.orgName} · {formatShanghai(notice.publishedAt, 'M月D日 HH:mm')}
          </Text>
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
