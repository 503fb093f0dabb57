import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useMemo, useState } from 'react'
import { ATTENTION_LABELS, type BranchHealth } from '../../../../types/stats'
import { percentText } from '../format'

const PAGE = 20

export interface BranchTableProps {
  branches: BranchHealth[]
  onOpen(orgId: string): void
}

/**
 * Each branch's facts side by side, in name order as the server sent them — a table to read, not a
 * ranking. A cell that needs attention is marked; a row opens that branch's dashboard. Long tables show
 * 20 rows at a time (a 党委 may have hundreds of branches).
 */
export function BranchTable({ branches, onOpen }: BranchTableProps) {
  const [onlyAttention, setOnlyAttention] = useState(false)
  const [shown, setShown] = useState(PAGE)
  const rows = useMemo(
    () => (onlyAttention ? branches.filter((row) => row.attention.length > 0) : branches),
    [branches, onlyAttention],
  )
  const toggle = () => {
    setOnlyAttention((value) => !value)
    setShown(PAGE)
  }
  return (
    <View className="stats-section stats-table">
      <View className="stats-table__head">
        <Text className="stats-section__title">各支部情况（按名称排列）</Text>
        <View
          className={`stats-table__filter${onlyAttention ? ' is-on' : ''}`}
          onClick={toggle}
          role="switch"
          aria-checked={onlyAttention}
        >
          {onlyAttention ? '显示全部' : '只看需关注'}
        </View>
      </View>
      <View className="stats-table__row stats-table__row--head">
        <Text className="stats-table__name">支部</Text>
        <Text className="stats-table__cell">三会一课</Text>
        <Text className="stats-table__cell">到会率</Text>
        <Text className="stats-table__cell">必学课</Text>
        <Text className="stats-table__cell">逾期诉求</Text>
        <Text className="stats-table__cell">党费收缴率</Text>
      </View>
      {rows.length === 0 ? <Text className="stats-hint">没有需要关注的支部。</Text> : null}
      {rows.slice(0, shown).map((row) => {
        const attention = new Set(row.attention)
        const cell = (kind: keyof typeof ATTENTION_LABELS) =>
          `stats-table__cell${attention.has(kind) ? ' is-attention' : ''}`
        return (
          <View
            key={row.orgId}
            className={`stats-table__row stats-branch-row${row.attention.length > 0 ? ' has-attention' : ''}`}
            data-org={row.orgId}
            onClick={() => onOpen(row.orgId)}
          >
            <View className="stats-table__name">
              <Text className="stats-branch-row__name">{row.name}</Text>
              <Text className="stats-branch-row__meta">
                {row.parentName ? `${row.parentName} · ` : ''}
                {row.members} 人 · 活动 {row.activities} 次 · 未答复 {row.openIssues}
              </Text>
            </View>
            <Text className={cell('completeness')}>
              {row.fulfilled}/{row.required}
            </Text>
            <Text className={cell('attendance')}>{percentText(row.attendancePercent)}</Text>
            <Text className={cell('lessons')}>{percentText(row.lessonPercent)}</Text>
            <Text className={cell('overdueIssues')}>{row.overdueIssues}</Text>
            <Text className="stats-table__cell" data-cell="dues">
              {percentText(row.duesPercent)}
            </Text>
          </View>
        )
      })}
      {rows.length > shown ? (
        <Button
          className="stats-table__more"
          fill="none"
          block
          onClick={() => setShown((count) => count + PAGE)}
        >
          再显示 {Math.min(PAGE, rows.length - shown)} 个支部（共 {rows.length} 个）
        </Button>
      ) : null}
    </View>
  )
}
