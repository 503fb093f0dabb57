import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_PHASE_LABELS,
  type ActivitySummary,
} from '../../../../types/activity'
import { PageState } from '../../../components/page-state'
import { PagedList } from '../../../components/paged-list'
import { MISSING_ORG_MESSAGE, useOrgIdParam } from '../../../hooks/use-page-param'
import { formatWindow } from '../shared/format'
import { activityPaths } from '../shared/paths'
import { useActivities } from './use-activities'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/activity.css'

export default function ActivityListPage() {
  const orgId = useOrgIdParam()
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <ActivityList orgId={orgId} />
}

function ActivityList({ orgId }: { orgId: string }) {
  const { canPublish, ...list } = useActivities(orgId)
  const publish = canPublish ? (
    <Button
      data-testid="activity-publish"
      type="primary"
      size="small"
      onClick={() => void Taro.navigateTo({ url: activityPaths.publish(orgId) })}
    >
      发布活动
    </Button>
  ) : null

  return (
    <PageRoot className="activity-page activity-list">
      <View className="activity-toolbar">
        <Button
          className="activity-open-showcase"
          size="small"
          onClick={() => void Taro.navigateTo({ url: activityPaths.showcase(orgId) })}
        >
          支部风采
        </Button>
        {publish}
      </View>
      <PagedList
        list={list}
        empty={{
          title: '还没有活动',
          description: canPublish
            ? '发布主题党日、志愿服务或学习交流，党员可以在这里报名。'
            : '支部发布活动后会显示在这里。',
        }}
      >
        {(activities) =>
          activities.map((activity) => (
            <ActivityCard key={activity.id} orgId={orgId} activity={activity} />
          ))
        }
      </PagedList>
    </PageRoot>
  )
}

function ActivityCard({ orgId, activity }: { orgId: string; activity: ActivitySummary }) {
  const full = activity.signedUp >= activity.capacity
  return (
    <View
      className="card card--stack"
      data-testid="activity-item"
      data-id={activity.id}
      onClick={() => void Taro.navigateTo({ url: activityPaths.detail(orgId, activity.id) })}
    >
      <View className="activity-card__top">
        <Text className="activity-kind">{ACTIVITY_KIND_LABELS[activity.kind]}</Text>
        <Text
          className={`activity-phase activity-phase--${activity.phase === 'signup' && full ? 'full' : activity.phase}`}
        >
          {activity.phase === 'signup' && full ? '名额已满' : ACTIVITY_PHASE_LABELS[activity.phase]}
        </Text>
      </View>
      <Text className="activity-card__title activity-item__title">{activity.title}</Text>
      <Text className="activity-card__meta">
        {formatWindow(activity.startsAt, activity.endsAt)}
      </Text>
      <Text className="activity-card__meta">{activity.place}</Text>
      <View className="activity-card__foot">
        <Text className="activity-item__seats">
          已报名 {activity.signedUp}/{activity.capacity}
        </Text>
        {activity.mine !== 'none' ? (
          <Text className="activity-mine" data-testid="activity-item__mine">
            {activity.mine === 'checkedIn' ? '已签到' : '已报名'}
          </Text>
        ) : null}
      </View>
    </View>
  )
}
