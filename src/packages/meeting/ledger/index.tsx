import { Picker, Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import {
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  type Completeness,
  type MeetingRhythm,
} from '../../../../types/meeting'
import { PageState } from '../../../components/page-state'
import { MISSING_ORG_MESSAGE, usePageParam } from '../../../hooks/use-page-param'
import { useOrgTools } from '../shared/use-roles'
import { currentQuarter, quarterRange, shiftQuarter, useLedger } from './use-ledger'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/meeting.css'
import './index.css'

export default function LedgerPage() {
  const orgId = usePageParam('orgId')
  if (!orgId)
    return <PageState kind="error" code="INVALID_ARGUMENT" message={MISSING_ORG_MESSAGE} />
  return <Ledger orgId={orgId} />
}

function Ledger({ orgId }: { orgId: string }) {
  const ledger = useLedger(orgId)
  const tools = useOrgTools(orgId)
  const { quarter, state } = ledger
  const thisQuarter = currentQuarter()
  const isCurrent = quarter.year === thisQuarter.year && quarter.quarter === thisQuarter.quarter

  return (
    <PageRoot className="meeting-page ledger">
      <View className="card ledger-completeness">
        <View className="ledger-quarter">
          <Text
            className="meeting-chip ledger-prev-quarter"
            onClick={() => ledger.setQuarter(shiftQuarter(quarter, -1))}
          >
            上一季度
          </Text>
          <Text className="meeting-card__title ledger-quarter-title">
            {quarter.year} 年第 {quarter.quarter} 季度
          </Text>
          {isCurrent ? (
            <Text className="meeting-chip" />
          ) : (
            <Text
              className="meeting-chip ledger-next-quarter"
              onClick={() => ledger.setQuarter(shiftQuarter(quarter, 1))}
            >
              下一季度
            </Text>
          )}
        </View>
        {state.status === 'loading' ? <PageState kind="loading" /> : null}
        {state.status === 'error' ? (
          <PageState
            kind="error"
            code={state.code}
            message={state.message}
            onRetry={ledger.retry}
          />
        ) : null}
        {state.status === 'ready' ? (
          <CompletenessView
            completeness={state.data}
            canEdit={tools.isSecretary}
            saving={ledger.savingRhythm}
            onSave={ledger.saveRhythm}
          />
        ) : null}
      </View>

      <View className="card ledger-export">
        <Text className="meeting-card__title">导出台账</Text>
        <Text className="meeting-muted">
          按所选时间段生成 Word 和 Excel 台账，内容取自各次会议的签到和纪要，无需重复填写。
        </Text>
        <View className="meeting-actions">
          <Text
            className="meeting-chip ledger-range-quarter"
            onClick={() => ledger.setRange(quarterRange(quarter))}
          >
            {quarter.year} 年第 {quarter.quarter} 季度
          </Text>
          <Text
            className="meeting-chip ledger-range-year"
            onClick={() =>
              ledger.setRange({ from: `${quarter.year}-01-01`, to: `${quarter.year}-12-31` })
            }
          >
            {quarter.year} 全年
          </Text>
        </View>
        <View className="ledger-range">
          <View className="meeting-field">
            <Text className="meeting-field__label">开始日期</Text>
            <Picker
              data-testid="ledger-from"
              mode="date"
              value={ledger.range.from}
              onChange={(event) => ledger.setRange({ from: String(event.detail.value) })}
            >
              <Text className="meeting-field__value ledger-from-value">{ledger.range.from}</Text>
            </Picker>
          </View>
          <View className="meeting-field">
            <Text className="meeting-field__label">结束日期</Text>
            <Picker
              className="ledger-to"
              mode="date"
              value={ledger.range.to}
              onChange={(event) => ledger.setRange({ to: String(event.detail.value) })}
            >
              <Text className="meeting-field__value ledger-to-value">{ledger.range.to}</Text>
            </Picker>
          </View>
        </View>
        <Button
          data-testid="ledger-generate"
          type="primary"
          block
          loading={ledger.exporting}
          onClick={() => void ledger.generate()}
        >
          {ledger.exporting ? '正在生成…' : '生成台账'}
        </Button>
        {ledger.error ? <Text className="meeting-error ledger-error">{ledger.error}</Text> : null}
        {ledger.exported ? (
          <View className="ledger-result">
            <Text className="banner banner--ok" data-testid="ledger-result-count">
              已生成 {ledger.exported.meetingCount} 次会议的台账
            </Text>
            <View className="meeting-actions">
              <Button
                data-testid="ledger-open-docx"
                size="small"
                onClick={() => void ledger.open('docx')}
              >
                打开 Word 台账
              </Button>
              <Button
                data-testid="ledger-open-xlsx"
                size="small"
                onClick={() => void ledger.open('xlsx')}
              >
                打开 Excel 台账
              </Button>
            </View>
          </View>
        ) : null}
      </View>
    </PageRoot>
  )
}

interface CompletenessViewProps {
  completeness: Completeness
  canEdit: boolean
  saving: boolean
  onSave: (rhythm: MeetingRhythm) => Promise<string>
}

function CompletenessView({ completeness, canEdit, saving, onSave }: CompletenessViewProps) {
  const [editing, setEditing] = useState<Record<string, string> | null>(null)
  const [error, setError] = useState('')
  const save = async () => {
    if (!editing) return
    const rhythm = Object.fromEntries(
      MEETING_KINDS.map((kind) => [kind, Number(editing[kind])]),
    ) as MeetingRhythm
    if (
      MEETING_KINDS.some(
        (kind) => !Number.isInteger(rhythm[kind]) || rhythm[kind] < 0 || rhythm[kind] > 6,
      )
    ) {
      return setError('每项填 0 到 6 之间的整数')
    }
    const message = await onSave(rhythm)
    setError(message)
    if (!message) setEditing(null)
  }
  return (
    <View>
      <View className="ledger-meter">
        <View className="ledger-meter__fill" style={{ width: `${completeness.percent}%` }} />
      </View>
      <Text className="ledger-percent">
        完成度 {completeness.percent}%（{completeness.fulfilled}/{completeness.required}）
      </Text>
      {completeness.items.map((item) => (
        <View
          key={item.kind}
          className={`ledger-kind${item.held < item.required ? ' ledger-kind--short' : ''}`}
          data-kind={item.kind}
        >
          <Text>{MEETING_KIND_LABELS[item.kind]}</Text>
          {editing ? (
            <Input
              className="ledger-rhythm-input"
              type="number"
              value={editing[item.kind]}
              onChange={(value) => setEditing({ ...editing, [item.kind]: value })}
              maxLength={1}
            />
          ) : (
            <Text className="ledger-kind__count">
              已开 {item.held} / 应开 {item.required}
            </Text>
          )}
        </View>
      ))}
      <View className="ledger-notes">
        <Text className="meeting-muted">
          {completeness.customRhythm
            ? '频次为本支部设置'
            : '频次按《中国共产党支部工作条例（试行）》：党员大会、党课每季度 1 次，支委会、党小组会、主题党日每月 1 次'}
        </Text>
      </View>
      <View className="ledger-notes">
        <Text className="meeting-muted" data-testid="ledger-held-rule">
          算作已开：会议已结束且有人签到；党员大会、支委会、党小组会还要录入会议纪要。每月一次的会按月计，党小组的党小组会计入本支部。
        </Text>
      </View>
      {canEdit ? (
        editing ? (
          <View className="meeting-actions">
            <Button
              data-testid="ledger-save-rhythm"
              type="primary"
              size="small"
              loading={saving}
              onClick={() => void save()}
            >
              保存频次
            </Button>
            <Button size="small" onClick={() => setEditing(null)}>
              取消
            </Button>
          </View>
        ) : (
          <Text
            className="meeting-chip ledger-edit-rhythm"
            onClick={() =>
              setEditing(
                Object.fromEntries(
                  MEETING_KINDS.map((kind) => [kind, String(completeness.rhythm[kind])]),
                ),
              )
            }
          >
            设置每季度应开次数
          </Text>
        )
      ) : null}
      {error ? <Text className="meeting-error ledger-rhythm-error">{error}</Text> : null}
    </View>
  )
}
