import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Fragment, useState } from 'react'
import {
  DUES_STATUS_LABELS,
  formatFen,
  monthLabel,
  type DuesCategory,
  type OverviewRow,
} from '../../../../types/dues'
import { PageState } from '../../../components/page-state'
import { DeclareForm } from '../declare-form'
import { DuesLink } from '../dues-link'
import { CorrectDialog } from './correct-dialog'
import { useMonth } from './use-month'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../dues.css'

const COLLECTOR_CATEGORIES: DuesCategory[] = ['employed', 'retired', 'fixed', 'exempt']

/** Who still owes comes first; nobody is ranked. */
const ORDER: Record<OverviewRow['status'], number> = {
  marked: 0,
  unpaid: 1,
  undeclared: 2,
  paid: 3,
  exempt: 4,
}

export default function DuesMonthPage() {
  const {
    orgId,
    state,
    retry,
    month,
    shift,
    confirm,
    record,
    correct,
    declareFor,
    remind,
    exportLedger,
    busy,
    error,
  } = useMonth()
  const [declaring, setDeclaring] = useState('')
  const [correcting, setCorrecting] = useState<OverviewRow | null>(null)
  if (state.status === 'loading') return <PageState kind="loading" text="正在读取本月党费…" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  const overview = state.data
  const rows = [...overview.members].sort((a, b) => ORDER[a.status] - ORDER[b.status])
  const unpaid = rows.filter((row) => row.status === 'unpaid').length
  return (
    <PageRoot className="card-page">
      {error ? <Text className="banner banner--error">{error}</Text> : null}
      <View className="card card--stack" data-testid="dues-month-total">
        <View className="dues-row">
          <Text className="dues-shift" onClick={() => shift(-1)}>
            ‹ 上月
          </Text>
          <Text className="card__title">{monthLabel(month)}</Text>
          <Text className="dues-shift" onClick={() => shift(1)}>
            下月 ›
          </Text>
        </View>
        <Text className="card__meta">
          已缴 {overview.paid} 人 · 未缴 {overview.unpaid} 人 · 已收 {formatFen(overview.paidFen)} /{' '}
          {formatFen(overview.dueFen)} 元
        </Text>
        {unpaid > 0 ? (
          <Button
            className="dues-remind"
            type="primary"
            block
            loading={busy === 'remind'}
            onClick={() => void remind()}
          >
            提醒未缴的 {unpaid} 人
          </Button>
        ) : null}
        <View className="dues-row dues-ledger">
          <Button
            className="dues-ledger__month"
            size="small"
            loading={busy === 'xlsx-month'}
            onClick={() => void exportLedger('month')}
          >
            导出本月台账
          </Button>
          <Button
            className="dues-ledger__year"
            size="small"
            loading={busy === 'xlsx-year'}
            onClick={() => void exportLedger('year')}
          >
            导出 {month.slice(0, 4)} 年台账
          </Button>
        </View>
        <View className="dues-row dues-ledger">
          <Button
            className="dues-summary__month"
            size="small"
            loading={busy === 'docx-month'}
            onClick={() => void exportLedger('month', 'docx')}
          >
            本月汇总（Word）
          </Button>
          <Button
            className="dues-summary__year"
            size="small"
            loading={busy === 'docx-year'}
            onClick={() => void exportLedger('year', 'docx')}
          >
            {month.slice(0, 4)} 年汇总（Word）
          </Button>
        </View>
      </View>
      {rows.length === 0 ? (
        <PageState kind="empty" title="本支部还没有党员" />
      ) : (
        rows.map((row) => (
          <Fragment key={row.openid}>
            <View className="card dues-row" data-testid="dues-member" data-openid={row.openid}>
              <View className="card--stack">
                <Text className="card__title">{row.nickname}</Text>
                <Text className="card__meta">
                  {row.dueFen === null ? '未申报' : `应缴 ${formatFen(row.dueFen)} 元`}
                  {row.paidFen > 0 ? ` · 已缴 ${formatFen(row.paidFen)} 元` : ''}
                </Text>
                {row.overdue ? (
                  <Text className="dues-status dues-status--overdue">
                    已连续 6 个月未缴，请谈话了解
                  </Text>
                ) : null}
                {/* What was recorded can be corrected; before that, 登记收款 is the step. */}
                {row.paidFen > 0 ? (
                  <Text
                    className="dues-correct"
                    data-testid="dues-correct"
                    onClick={() => setCorrecting(row)}
                  >
                    更正
                  </Text>
                ) : null}
              </View>
              {row.status === 'marked' ? (
                <Button
                  className="dues-confirm"
                  size="small"
                  type="primary"
                  loading={busy === row.openid}
                  onClick={() => void confirm(row.openid)}
                >
                  确认收款
                </Button>
              ) : row.status === 'unpaid' ? (
                <Button
                  className="dues-record"
                  size="small"
                  loading={busy === row.openid}
                  onClick={() => void record(row.openid)}
                >
                  登记收款
                </Button>
              ) : row.status === 'undeclared' ? (
                <Button
                  className="dues-declare-for"
                  size="small"
                  onClick={() => setDeclaring(declaring === row.openid ? '' : row.openid)}
                >
                  登记基数
                </Button>
              ) : (
                <Text className={`dues-status dues-status--${row.status}`}>
                  {DUES_STATUS_LABELS[row.status]}
                </Text>
              )}
            </View>
            {declaring === row.openid ? (
              <DeclareForm
                title={`为${row.nickname}登记（${monthLabel(month)}起）`}
                busy={busy === row.openid}
                categories={COLLECTOR_CATEGORIES}
                onDeclare={async (declaration) => {
                  const message = await declareFor(row.openid, declaration)
                  if (!message) setDeclaring('')
                  return message
                }}
              />
            ) : null}
          </Fragment>
        ))
      )}
      <Text className="dues-hint">只显示应缴和已缴金额，不显示基数；名单仅支委会可见。</Text>
      <DuesLink
        page="rates"
        orgId={orgId}
        title="党费标准"
        meta="比例和定额；书记可设定本支部的标准"
      />
      {correcting ? (
        <CorrectDialog
          row={correcting}
          month={month}
          onSubmit={(correction) => correct(correcting.openid, correction)}
          onClose={() => setCorrecting(null)}
        />
      ) : null}
    </PageRoot>
  )
}
