import { Text, View } from '@tarojs/components'
import { PageState } from '../../../components/page-state'
import { Figures, AttentionNote } from '../figures'
import { periodText } from '../format'
import { useBranchDashboard } from './use-branch-dashboard'
import { PageRoot } from '../../../components/page-root'
import '../stats.css'

/** A branch's dashboard: the 支委会's own figures, for the quarter and the last six months. */
export default function BranchDashboardPage() {
  const { state, retry } = useBranchDashboard()
  if (state.status === 'loading') return <PageState kind="loading" text="正在统计…" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
  }
  const { org, period, figures, lessons, customRhythm } = state.data
  return (
    <PageRoot className="stats-page" data-testid="stats-branch" data-org={org.id}>
      <View className="stats-header">
        <Text className="stats-header__title">{org.name}</Text>
        <Text className="stats-header__meta">{periodText(period)}</Text>
        {customRhythm ? (
          <Text className="stats-header__meta">三会一课按本支部设定的节奏统计</Text>
        ) : null}
      </View>
      <AttentionNote kinds={figures.attention} />
      <Figures figures={figures} lessons={lessons} chartKey="branch" />
      <Text className="stats-hint stats-footnote">
        只统计次数和人次，不列个人名单。会议以已结束、未取消的为准；到会人次只算应到的同志。
      </Text>
    </PageRoot>
  )
}
