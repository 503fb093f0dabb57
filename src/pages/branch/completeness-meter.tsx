import Taro from '@tarojs/taro'
import { Progress, Text, View } from '@tarojs/components'
import { MEETING_KIND_LABELS } from '../../../types/meeting'
import type { BranchHome } from '../../../types/org'

/** This quarter's 三会一课: held vs required per kind, so the secretary sees what is still to do. */
export function CompletenessMeter({ home }: { home: BranchHome }) {
  const { completeness, org } = home
  if (!completeness) return null
  const missing = completeness.items.filter((item) => item.held < item.required)
  return (
    <View
      className="branch-section branch-completeness"
      onClick={() => void Taro.navigateTo({ url: `/packages/meeting/list/index?orgId=${org.id}` })}
    >
      <Text className="branch-section__title">
        {completeness.year}年第{completeness.quarter}季度 三会一课
      </Text>
      <View className="branch-completeness__bar">
        <Progress percent={completeness.percent} strokeWidth={8} activeColor="#c8161d" />
        <Text className="branch-completeness__percent">{completeness.percent}%</Text>
      </View>
      <Text className="branch-completeness__detail">
        {missing.length === 0
          ? '本季度应开的会都已开齐'
          : `还差：${missing
              .map((item) => `${MEETING_KIND_LABELS[item.kind]} ${item.required - item.held} 次`)
              .join('、')}`}
      </Text>
    </View>
  )
}
