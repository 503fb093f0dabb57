import { Text, View } from '@tarojs/components'
import { formatFen, monthLabel } from '../../../../types/dues'
import { PageState } from '../../../components/page-state'
import { usePublicSummary } from './use-public-summary'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../dues.css'

/** 党务公开: what the branch received each month and how many paid — no names, no amounts per person. */
export default function DuesPublicPage() {
  const { state, retry } = usePublicSummary()
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  const summary = state.data
  if (summary.months.every((month) => month.paid + month.unpaid === 0)) {
    return <PageState kind="empty" title={`${summary.year} 年还没有党费记录`} />
  }
  return (
    <PageRoot className="card-page">
      <View className="card card--stack" data-testid="dues-public-total">
        <Text className="card__title">
          {summary.year} 年已收党费 {formatFen(summary.receivedFen)} 元
        </Text>
        <Text className="card__meta">按月公开收缴总额和人数，不公开个人金额。</Text>
      </View>
      {summary.months.map((month) => (
        <View
          key={month.month}
          className="card dues-row"
          data-testid="dues-public-month"
          data-month={month.month}
        >
          <Text className="card__title">{monthLabel(month.month)}</Text>
          <Text className="card__meta">
            收缴 {formatFen(month.receivedFen)} 元 · 已缴 {month.paid} 人 · 未缴 {month.unpaid} 人
          </Text>
        </View>
      ))}
    </PageRoot>
  )
}
