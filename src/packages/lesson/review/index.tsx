import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { PageState } from '../../../components/page-state'
import { PagedList } from '../../../components/paged-list'
import { formatShanghai } from '../../../format/datetime'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { contentFlagNote } from '../../../../types/lesson'
import { READER_URL } from '../shared/copy'
import { useReviewQueue } from './use-review-queue'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/lesson.css'

export default function ReviewQueuePage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <ReviewQueue orgId={orgId} />
}

/** Oldest first: whoever waited longest is read first. Opening one shows 发布 / 退回修改. */
function ReviewQueue({ orgId }: { orgId: string }) {
  const list = useReviewQueue(orgId)
  return (
    <PageRoot className="card-page review-queue">
      <PagedList
        list={list}
        empty={{
          title: '没有待审核的微党课',
          description: '支委提交的微党课会出现在这里；你自己写的由其他书记或上级管理员审核。',
        }}
      >
        {(items) =>
          items.map((item) => (
            <View
              key={item.id}
              className="card card--stack"
              data-testid="review-item"
              data-id={item.id}
              onClick={() => void Taro.navigateTo({ url: `${READER_URL}?id=${item.id}` })}
            >
              <Text className="lesson-row__title review-item__title">{item.title}</Text>
              <Text className="card__meta">
                {item.authorName} · {item.orgName} · 约 {item.minutes} 分钟 ·{' '}
                {formatShanghai(item.submittedAt, 'M月D日 HH:mm')}提交
              </Text>
              {item.summary ? <Text className="card__meta">{item.summary}</Text> : null}
              {item.contentFlag !== null ? (
                <Text className="card__meta lesson-hold" data-testid="review-item-flag">
                  {contentFlagNote(item.contentFlag)}
                </Text>
              ) : null}
            </View>
          ))
        }
      </PagedList>
    </PageRoot>
  )
}
