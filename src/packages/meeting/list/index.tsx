import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MeetingSummary } from '../../../../types/meeting'
import { PageState } from '../../../components/page-state'
import { kindLabel, myStatusLabel, PHASE_LABELS, timeRange } from '../shared/format'
import { PagedList } from '../../../components/paged-list'
import { MISSING_ORG_MESSAGE, usePageParam } from '../../../hooks/use-page-param'
import { useOrgTools } from '../shared/use-roles'
import { useMeetingList, type ListTab } from './use-meeting-list'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/meeting.css'
import './index.css'

const TABS: { key: ListTab; label: string }[] = [
  { key: 'upcoming', label: '即将召开' },
  { key: 'past', label: '已召开' },
]

export default function MeetingListPage() {
  const orgId = usePageParam('orgId')
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <MeetingList orgId={orgId} />
}

function MeetingList({ orgId }: { orgId: string }) {
  const { tab, setTab, ...list } = useMeetingList(orgId)
  const tools = useOrgTools(orgId)
  const query = `orgId=${encodeURIComponent(orgId)}`
  const create = () => void Taro.navigateTo({ url: `/packages/meeting/edit/index?${query}` })

  return (
    <PageRoot className="meeting-page meeting-list">
      {tools.schedules || tools.leads ? (
        <View className="meeting-tools">
          {tools.schedules ? (
            <Button data-testid="meeting-create" type="primary" size="small" onClick={create}>
              新建会议
            </Button>
          ) : null}
          {tools.leads ? (
            <Button
              data-testid="meeting-ledger"
              size="small"
              onClick={() =>
                void Taro.navigateTo({ url: `/packages/meeting/ledger/index?${query}` })
              }
            >
              台账与完成度
            </Button>
          ) : null}
        </View>
      ) : null}
      <View className="meeting-tabs">
        {TABS.map(({ key, label }) => (
          <Text
            key={key}
            className={`meeting-tab${tab === key ? ' meeting-tab--active' : ''}`}
            data-testid={`meeting-tab-${key}`}
            onClick={() => setTab(key)}
          >
            {label}
          </Text>
        ))}
      </View>
      <PagedList
        list={list}
        empty={{
          title: tab === 'upcoming' ? '近期没有安排会议' : '还没有开过会',
          description: tools.schedules ? '点“新建会议”安排三会一课' : '书记安排会议后会显示在这里',
        }}
      >
        {(meetings) =>
          meetings.map((meeting) => <MeetingItem key={meeting.id} meeting={meeting} />)
        }
      </PagedList>
    </PageRoot>
  )
}

function MeetingItem({ meeting }: { meeting: MeetingSummary }) {
  const mine = myStatusLabel(meeting.myStatus, meeting.expectedMe, meeting.phase)
  return (
    <View
      className="card"
      data-testid="meeting-item"
      data-id={meeting.id}
      onClick={() =>
        void Taro.navigateTo({ url: `/packages/meeting/detail/index?id=${meeting.id}` })
      }
    >
      <View className="meeting-item__head">
        <Text className="meeting-tag">{kindLabel(meeting)}</Text>
        <Text className={`meeting-phase meeting-phase--${meeting.phase}`}>
          {PHASE_LABELS[meeting.phase]}
        </Text>
      </View>
      <Text className="meeting-item__title">{meeting.title}</Text>
      <Text className="meeting-muted">
        {timeRange(meeting.startsAt, meeting.endsAt)} · {meeting.place}
      </Text>
      <View className="meeting-item__foot">
        <Text className="meeting-item__counts">
          应到 {meeting.expectedCount} · 实到 {meeting.attendedCount}
          {meeting.hasMinutes ? ' · 已记录纪要' : ''}
        </Text>
        {mine ? <Text className="meeting-item__mine">{mine}</Text> : null}
      </View>
    </View>
  )
}
