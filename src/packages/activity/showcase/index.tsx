import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { ACTIVITY_KIND_LABELS, type ShowcaseItem } from '../../../../types/activity'
import { PageState } from '../../../components/page-state'
import { PagedList } from '../../../components/paged-list'
import { formatShanghai } from '../../../format/datetime'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { fileUrl } from '../../../platform/files'
import { activityPaths } from '../shared/paths'
import { useShowcase } from './use-showcase'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/activity.css'
import './index.css'

export default function ShowcasePage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <Showcase orgId={orgId} />
}

function Showcase({ orgId }: { orgId: string }) {
  const list = useShowcase(orgId)
  return (
    <PageRoot className="activity-page showcase">
      <PagedList
        list={list}
        empty={{
          title: '还没有支部风采',
          description: '活动结束后，参加的同志上传的照片和心得经审核后会展示在这里。',
        }}
      >
        {(items) => {
          const manyOrgs = new Set(items.map((item) => item.orgId)).size > 1
          return items.map((item) => <ShowcaseCard key={item.id} item={item} showOrg={manyOrgs} />)
        }}
      </PagedList>
    </PageRoot>
  )
}

function ShowcaseCard({ item, showOrg }: { item: ShowcaseItem; showOrg: boolean }) {
  const urls = item.photos.map((photo) => fileUrl(photo.fileID))
  return (
    <View className="card card--stack" data-testid="showcase-item" data-id={item.id}>
      <View className="activity-card__top">
        <Text className="activity-kind">{ACTIVITY_KIND_LABELS[item.kind]}</Text>
        <Text className="activity-phase">{formatShanghai(item.startsAt, 'YYYY年M月D日')}</Text>
      </View>
      <Text
        className="activity-card__title"
        data-testid="showcase-item__title"
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
              nativeProps={{ alt: `活动照片 ${index + 1}` }}
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
