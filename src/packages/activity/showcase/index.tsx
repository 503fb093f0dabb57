import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { ACTIVITY_KIND_LABELS, type ShowcaseItem } from '../../../../types/activity'
import { ListFooter } from '../../../components/list-footer'
import { PageState } from '../../../components/page-state'
import { formatShanghai } from '../../../format/datetime'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-org-id'
import { fileUrl } from '../../../platform/files'
import { activityPaths } from '../shared/paths'
import { useShowcase } from './use-showcase'
import '../shared/activity.css'
import './index.css'

export default function ShowcasePage() {
  const orgId = useOrgIdParam()
  if (!orgId) return <PageState kind="error" message={MISSING_ORG_MESSAGE} />
  return <Showcase orgId={orgId} />
}

function Showcase({ orgId }: { orgId: string }) {
  const { state, retry, loadMore } = useShowcase(orgId)
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  if (state.items.length === 0) {
    return (
      <PageState
        kind="empty"
        title="还没有支部风采"
        description="活动结束后，参加的同志上传的照片和心得经审核后会展示在这里。"
      />
    )
  }
  const manyOrgs = new Set(state.items.map((item) => item.orgId)).size > 1
  return (
    <View className="activity-page showcase">
      {state.items.map((item) => (
        <ShowcaseCard key={item.id} item={item} showOrg={manyOrgs} />
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

function ShowcaseCard({ item, showOrg }: { item: ShowcaseItem; showOrg: boolean }) {
  const urls = item.photos.map((photo) => fileUrl(photo.fileID))
  return (
    <View className="activity-card showcase-item" data-id={item.id}>
      <View className="activity-card__top">
        <Text className="activity-kind">{ACTIVITY_KIND_LABELS[item.kind]}</Text>
        <Text className="activity-phase">{formatShanghai(item.startsAt, 'YYYY年M月D日')}</Text>
      </View>
      <Text
        className="activity-card__title showcase-item__title"
        onClick={() => void Taro.navigateTo({ url: activityPaths.detail(item.orgId, item.id) })}
      >
        {item.title}
      </Text>
      <Text className="activity-card__meta">
        {showOrg ? `${item.orgName} · ` : ''}
        {item.place} · {item.checkedIn} 人参加
      </Text>
      {urls.length > 0 ? (
        <View className="activity-photos showcase-item__photos">
          {urls.map((url, index) => (
            <Image
              key={item.photos[index].id}
              className="showcase-photo"
              src={url}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ current: url, urls })}
            />
          ))}
        </View>
      ) : null}
      {item.reflections.map((reflection, index) => (
        <View key={index} className="showcase-reflection">
          <Text className="showcase-reflection__text">“{reflection.text}”</Text>
          <Text className="showcase-reflection__name">—— {reflection.nickname}</Text>
        </View>
      ))}
      {item.photoCount > item.photos.length || item.reflectionCount > item.reflections.length ? (
        <Text className="activity-hint">
          共 {item.photoCount} 张照片、{item.reflectionCount} 篇心得，点标题查看全部
        </Text>
      ) : null}
    </View>
  )
}
