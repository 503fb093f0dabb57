import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import {
  addMonths,
  DUES_CATEGORY_LABELS,
  DUES_STATUS_LABELS,
  formatFen,
  monthLabel,
  type DuesCategory,
  type DuesMonth,
} from '../../../../types/dues'
import { COMMITTEE, permits } from '../../../../types/roles'
import type { Role } from '../../../../types/user'
import { PageState } from '../../../components/page-state'
import { RemindMe } from '../../../components/remind-me'
import { usePageParam } from '../../../hooks/use-page-param'
import { DeclareForm } from '../declare-form'
import { DuesLink } from '../dues-link'
import { useMyDues } from './use-my-dues'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../dues.css'

const SELF_CATEGORIES: DuesCategory[] = ['employed', 'retired', 'fixed']

export default function MyDuesPage() {
  const { state, retry, orgId, mark, declare, busy, error } = useMyDues()
  const role = usePageParam('role') as Role | ''
  const [changing, setChanging] = useState(false)
  const onDeclare = async (category: DuesCategory, yuan: string) => {
    const message = await declare(category, yuan)
    if (!message) setChanging(false)
    return message
  }
  if (state.status === 'loading') return <PageState kind="loading" text="正在读取党费…" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  const dues = state.data
  const owing = dues.months.filter((month) => month.status === 'unpaid').map((m) => m.month)
  const last = dues.months[dues.months.length - 1]?.month
  return (
    <PageRoot className="card-page">
      {error ? <Text className="banner banner--error">{error}</Text> : null}
      {dues.base && !changing ? (
        <View className="card card--stack" data-testid="dues-base">
          <Text className="card__title">每月应缴 {formatFen(dues.base.monthlyDueFen)} 元</Text>
          <Text className="card__meta">
            {DUES_CATEGORY_LABELS[dues.base.category]} · {monthLabel(dues.base.fromMonth)}起
          </Text>
          <Text className="dues-change" onClick={() => setChanging(true)}>
            收入有变化？重新申报
          </Text>
        </View>
      ) : (
        <DeclareForm
          busy={busy === 'declare'}
          categories={SELF_CATEGORIES}
          onDeclare={(declaration) => onDeclare(declaration.category, declaration.yuan)}
        />
      )}
      {dues.base && dues.base.monthlyDueFen > 0 ? (
        <View className="card card--stack">
          {owing.length > 1 ? (
            <Button
              className="dues-mark-all"
              type="primary"
              block
              loading={busy === 'mark'}
              onClick={() => void mark(owing)}
            >
              标记未缴的 {owing.length} 个月已缴
            </Button>
          ) : null}
          {last ? (
            <Button
              className="dues-advance"
              block
              disabled={busy === 'mark'}
              onClick={() => void mark([addMonths(last, 1)])}
            >
              预交 {monthLabel(addMonths(last, 1))} 党费
            </Button>
          ) : null}
          <Text className="dues-hint">标记后由组织委员确认收款；金额按你申报的基数计算。</Text>
          <RemindMe
            template="duesReminder"
            label="下月提醒我交党费"
            done="已开启，支部提醒交党费时会通知你一次"
          />
        </View>
      ) : null}
      <DuesLink page="public" orgId={orgId} title="党费公开" meta="支部每月收缴总额和人数" />
      <DuesLink page="rates" orgId={orgId} title="党费标准" meta="按收入的比例和定额怎么算" />
      {role && permits([role], COMMITTEE) ? (
        <DuesLink page="month" orgId={orgId} title="本月党费（支委会）" meta="谁还没缴、确认收款" />
      ) : null}
      {dues.months.length === 0 ? (
        <PageState kind="empty" title="今年还没有党费记录" />
      ) : (
        <>
          <Text className="dues-section">缴纳记录（最近的在前）</Text>
          {[...dues.months].reverse().map((month) => (
            <MonthRow key={month.month} month={month} onMark={() => void mark([month.month])} />
          ))}
        </>
      )}
    </PageRoot>
  )
}

function MonthRow({ month, onMark }: { month: DuesMonth; onMark: () => void }) {
  return (
    <View className="card dues-row" data-testid="dues-month" data-month={month.month}>
      <View className="card--stack">
        <Text className="card__title">{monthLabel(month.month)}</Text>
        <Text className="card__meta">
          {month.dueFen === null ? '未申报' : `应缴 ${formatFen(month.dueFen)} 元`}
          {month.paidFen > 0 ? ` · 已缴 ${formatFen(month.paidFen)} 元` : ''}
        </Text>
      </View>
      {month.status === 'unpaid' ? (
        <Button className="dues-mark" size="small" type="primary" onClick={onMark}>
          标记已缴
        </Button>
      ) : (
        <Text className={`dues-status dues-status--${month.status}`}>
          {DUES_STATUS_LABELS[month.status]}
        </Text>
      )}
    </View>
  )
}
