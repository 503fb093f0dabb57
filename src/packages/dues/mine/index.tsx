import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import {
  addMonths,
  DEFAULT_DUES_RATES,
  DUES_CATEGORY_LABELS,
  DUES_STATUS_LABELS,
  formatFen,
  monthlyDueFen,
  type DuesCategory,
  type DuesMonth,
} from '../../../../types/dues'
import { COMMITTEE, permits } from '../../../../types/roles'
import type { Role } from '../../../../types/user'
import { PageState } from '../../../components/page-state'
import { usePageParam } from '../../../hooks/use-page-param'
import { useMyDues } from './use-my-dues'
import '../../../components/card/index.css'
import '../dues.css'

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
    <View className="card-page">
      {error ? <Text className="banner banner--error">{error}</Text> : null}
      {dues.base && !changing ? (
        <View className="card card--stack" data-testid="dues-base">
          <Text className="card__title">每月应缴 {formatFen(dues.base.monthlyDueFen)} 元</Text>
          <Text className="card__meta">
            {DUES_CATEGORY_LABELS[dues.base.category]} · {dues.base.fromMonth} 起
          </Text>
          <Text className="dues-change" onClick={() => setChanging(true)}>
            收入有变化？重新申报
          </Text>
        </View>
      ) : (
        <DeclareForm busy={busy === 'declare'} onDeclare={onDeclare} />
      )}
      {dues.months.length === 0 ? (
        <PageState kind="empty" title="今年还没有党费记录" />
      ) : (
        dues.months.map((month) => (
          <MonthRow key={month.month} month={month} onMark={() => void mark([month.month])} />
        ))
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
              预交 {addMonths(last, 1)}
            </Button>
          ) : null}
          <Text className="dues-hint">标记后由组织委员确认收款；金额按你申报的基数计算。</Text>
        </View>
      ) : null}
      <View
        className="card card--stack"
        data-testid="dues-open-public"
        onClick={() => void Taro.navigateTo({ url: `/packages/dues/public/index?orgId=${orgId}` })}
      >
        <Text className="card__title">党费公开</Text>
        <Text className="card__meta">支部每月收缴总额和人数</Text>
      </View>
      {role && permits([role], COMMITTEE) ? (
        <View
          className="card card--stack"
          data-testid="dues-open-month"
          onClick={() => void Taro.navigateTo({ url: `/packages/dues/month/index?orgId=${orgId}` })}
        >
          <Text className="card__title">本月党费（支委会）</Text>
          <Text className="card__meta">谁还没缴、确认收款</Text>
        </View>
      ) : null}
    </View>
  )
}

function MonthRow({ month, onMark }: { month: DuesMonth; onMark: () => void }) {
  return (
    <View className="card dues-row" data-testid="dues-month" data-month={month.month}>
      <View className="card--stack">
        <Text className="card__title">{month.month}</Text>
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

const SELF_CATEGORIES: DuesCategory[] = ['employed', 'retired', 'fixed']

/** 申报: a member picks their category and, where it has one, the monthly base in 元. */
function DeclareForm(props: {
  busy: boolean
  onDeclare: (category: DuesCategory, yuan: string) => Promise<string>
}) {
  const [category, setCategory] = useState<DuesCategory>('employed')
  const [yuan, setYuan] = useState('')
  const needsBase = category === 'employed' || category === 'retired'
  const amount = Number(yuan)
  const valid = !needsBase || (yuan !== '' && Number.isFinite(amount) && amount >= 0)
  const preview = valid
    ? monthlyDueFen(
        { category, baseFen: needsBase ? Math.round(amount * 100) : null },
        DEFAULT_DUES_RATES,
      )
    : null
  return (
    <View className="card card--stack" data-testid="dues-declare">
      <Text className="card__title">申报党费基数</Text>
      <Text className="card__meta">只有你本人和支委会能看到基数；列表只显示应缴和已缴金额。</Text>
      <View className="dues-choices">
        {SELF_CATEGORIES.map((choice) => (
          <Button
            key={choice}
            className={`dues-category dues-category--${choice}`}
            size="small"
            type={choice === category ? 'primary' : 'default'}
            onClick={() => setCategory(choice)}
          >
            {DUES_CATEGORY_LABELS[choice]}
          </Button>
        ))}
      </View>
      {needsBase ? (
        <Input
          className="dues-input"
          data-testid="dues-base-input"
          type="digit"
          placeholder={category === 'retired' ? '每月离退休费（元）' : '每月税后工资收入（元）'}
          value={yuan}
          onInput={(event) => setYuan(event.detail.value)}
        />
      ) : null}
      {preview !== null ? (
        <Text className="dues-hint">
          按 2008 年规定的标准，每月约 {formatFen(preview)} 元（以支部标准为准）
        </Text>
      ) : null}
      <Button
        className="dues-declare-submit"
        type="primary"
        block
        loading={props.busy}
        disabled={!valid || props.busy}
        onClick={() => void props.onDeclare(category, yuan)}
      >
        申报
      </Button>
      <Text className="dues-hint">免交须由支部研究决定，请联系组织委员登记。</Text>
    </View>
  )
}
