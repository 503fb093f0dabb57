import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { NoticeSummary } from '../../../../types/notice'
import { PageState } from '../../../components/page-state'
import { PagedList } from '../../../components/paged-list'
import { formatShanghai } from '../../../format/datetime'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { usePagedList } from '../../../hooks/use-paged-list'
import { listNotices } from '../../../services/notice'
import { NoticeRemindMe } from '../remind-me'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../notice.css'

export default function NoticeListPage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <NoticeList orgId={orgId} />
}

function NoticeList({ orgId }: { orgId: string }) {
  const fetchPage = useCallback((page: number) => listNotices({ orgId, page }), [orgId])
  const list = usePagedList<NoticeSummary>(fetchPage)
  return (
    <PageRoot className="card-page">
      <NoticeRemindMe />
      <PagedList
        list={list}
        empty={{ title: '还没有通知', description: '支部和上级发布的通知会显示在这里' }}
      >
        {(notices) =>
          notices.map((notice) => (
            <View
              key={notice.id}
              className="card card--stack"
              data-testid="notice-item"
              data-id={notice.id}
              onClick={() =>
                void Taro.navigateTo({
                  url: `/packages/notice/detail/index?orgId=${orgId}&id=${notice.id}`,
                })
              }
            >
              <Text className="card__title">
                {notice.read ? null : <Text className="notice-tag notice-tag--unread">未读</Text>}
                {notice.pinned ? <Text className="notice-tag">置顶</Text> : null}
                {notice.title}
              </Text>
              <Text className="card__meta">
                {notice.orgName} · {formatShanghai(notice.publishedAt, 'M月D日 HH:mm')}
              </Text>
            </View>
          ))
        }
      </PagedList>
    </PageRoot>
  )
}
