import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ORG_KIND_LABELS } from '../../../../types/org'
import { ATTENTION_KINDS, ATTENTION_LABELS } from '../../../../types/stats'
import { PageState } from '../../../components/page-state'
import { dashboardPath } from '../../../services/stats'
import { AttentionNote, Figures } from '../figures'
import { periodText } from '../format'
import { BranchTable } from './branch-table'
import { useCommitteeDashboard } from './use-committee-dashboard'
import { PageRoot } from '../../../components/page-root'
import '../stats.css'

/** A 党委's or 总支's dashboard: its branches added up, and each branch's facts with a way in. */
export default function CommitteeDashboardPage() {
  const { state, retry } = useCommitteeDashboard()
  if (state.status === 'loading') return <PageState kind="loading" text="正在统计各支部…" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
  }
  const { org, period, totals, branches, branchCount, attentionCounts, subOrgs } = state.data
  const open = (kind: 'branch' | 'committee', orgId: string) =>
    void Taro.navigateTo({ url: dashboardPath(kind, orgId) })
  const needing = ATTENTION_KINDS.filter((kind) => attentionCounts[kind] > 0)
  return (
    <PageRoot className="stats-page" data-testid="stats-committee" data-org={org.id}>
      <View className="stats-header">
        <Text className="stats-header__title">{org.name}</Text>
        <Text className="stats-header__meta">{periodText(period)}</Text>
        <Text className="stats-header__meta">以下为所属 {branchCount} 个党支部合计</Text>
      </View>
      {branchCount === 0 ? (
        <PageState
          kind="empty"
          title="还没有下属党支部"
          description="建立支部后，这里会汇总各支部的情况。"
        />
      ) : (
        <>
          {needing.length > 0 ? (
            <View className="stats-attention">
              <Text className="stats-attention__title">需要关注</Text>
              {needing.map((kind) => (
                <Text key={kind} className="stats-attention__item" data-kind={kind}>
                  {ATTENTION_LABELS[kind]}：{attentionCounts[kind]} 个支部
                </Text>
              ))}
            </View>
          ) : (
            <AttentionNote kinds={[]} />
          )}
          <Figures figures={totals} chartKey="committee" />
          {subOrgs.length > 0 ? (
            <View className="stats-section stats-suborgs">
              <Text className="stats-section__title">下级党组织</Text>
              {subOrgs.map((sub) => (
                <View
                  key={sub.id}
                  className="stats-suborg"
                  data-org={sub.id}
                  onClick={() => open('committee', sub.id)}
                >
                  <Text className="stats-suborg__name">{sub.name}</Text>
                  <Text className="stats-suborg__kind">{ORG_KIND_LABELS[sub.kind]}看板 ›</Text>
                </View>
              ))}
            </View>
          ) : null}
          <BranchTable branches={branches} onOpen={(orgId) => open('branch', orgId)} />
        </>
      )}
      <Text className="stats-hint stats-footnote">
        各支部按名称排列，只列事实、不排名次。标红的是低于关注线或进度落后的项目，点支部可查看详情。
      </Text>
    </PageRoot>
  )
}
