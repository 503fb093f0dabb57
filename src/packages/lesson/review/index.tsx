import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ListFooter } from '../../../components/list-footer'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-org-id'
import { READER_URL } from '../shared/copy'
import { useReviewQueue } from './use-review-queue'
import '../shared/lesson.css'

export default function ReviewQueuePage() {
  const orgId = useOrgIdParam()
  if (!orgId) return <PageState kind="error" message={MISSING_ORG_MESSAGE} />
  return <ReviewQueue orgId={orgId} />
}

/** Oldest first: whoever waited longest is read first. Opening one shows 发布 / 退回修改. */
function ReviewQueue({ orgId }: { orgId: string }) {
  const { state, retry, loadMore } = useReviewQueue(orgId)
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  if (state.items.length === 0) {
    return (
      <PageState
        kind="empty"
        title="没有待审核的微党课"
        description="支委提交的微党课会出现在这里；你自己写的由其他书记或上级管理员审核。"
      />
    )
  }
  return (
    <View className="lesson-page review-queue">
      {state.items.map((item) => (
        <View
          key={item.id}
          className="lesson-row review-item"
          data-id={item.id}
          onClick={() => void Taro.navigateTo({ url: `${READER_URL}?id=${item.id}` })}
        >
          <Text className="lesson-row__title review-item__title">{item.title}</Text>
          <Text className="lesson-row__meta">
            {item.authorName} · {item.orgName} · 约 {item.minutes} 分钟 ·{' '}
            {formatShanghai(item.submittedAt, 'M月D日 HH:mm')}提交
          </Text>
          {item.summary ? <Text className="lesson-row__meta">{item.summary}</Text> : null}
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
