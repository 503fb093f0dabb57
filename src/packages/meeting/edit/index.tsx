import { Picker, Text, View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingFormData } from '../../../../types/meeting'
import type { ReactNode } from 'react'
import { lastDayAhead } from '../../../../types/time'
import { ROLE_LABELS } from '../../../../types/user'
import { PageState } from '../../../components/page-state'
import { usePageParam } from '../../../hooks/use-page-param'
import {
  expectedFor,
  samePeople,
  useMeetingForm,
  type ExpectedMode,
  type MeetingFormValues,
} from './use-meeting-form'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/meeting.css'
import './index.css'

const MODES: { key: ExpectedMode; label: string }[] = [
  { key: 'all', label: '全体党员' },
  { key: 'committee', label: '仅支委' },
  { key: 'custom', label: '自选' },
]

/** 新建 (`?orgId=`) or 修改 (`?id=`) a meeting. */
export default function MeetingEditPage() {
  const orgId = usePageParam('orgId')
  const meetingId = usePageParam('id')
  const form = useMeetingForm({ orgId, meetingId })
  const { state } = form
  if (!orgId && !meetingId) {
    return (
      <PageState
        kind="error"
        code="INVALID_ARGUMENT"
        message="链接缺少组织信息，请从会议列表重新进入"
      />
    )
  }
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return (
      <PageState
        kind="error"
        code={state.code}
        message={state.message}
        onRetry={() => void form.retry()}
      />
    )
  }
  const { values, options, editing, underWay, savedExpected } = state
  const members = options.members
  const nameOf = (openid: string) =>
    members.find((person) => person.openid === openid)?.nickname ?? '请选择'
  const expected = expectedFor(values.expectedMode, options, values.expected)

  return (
    <PageRoot className="meeting-page meeting-form">
      <View className="card">
        <Text className="meeting-card__title">
          {editing ? '修改会议' : `为${options.orgName}安排会议`}
        </Text>
        <Field label="会议类型">
          {editing ? (
            <Text className="meeting-field__value">{MEETING_KIND_LABELS[values.kind]}</Text>
          ) : (
            <Picker
              className="meeting-form-kind"
              mode="selector"
              range={MEETING_KINDS.map((kind) => MEETING_KIND_LABELS[kind])}
              value={MEETING_KINDS.indexOf(values.kind)}
              onChange={(event) => form.change({ kind: MEETING_KINDS[Number(event.detail.value)] })}
            >
              <Text className="meeting-field__value">{MEETING_KIND_LABELS[values.kind]}</Text>
            </Picker>
          )}
        </Field>
        <Field label="会议名称">
          <Input
            className="meeting-form-input"
            data-testid="meeting-form-title"
            value={values.title}
            onChange={(title) => form.change({ title })}
            maxLength={40}
            placeholder={`如：十一月${MEETING_KIND_LABELS[values.kind]}`}
          />
        </Field>
        <WhenField label="日期" mode="date" name="date" values={values} change={form.change} />
        <View className="meeting-form-times">
          <WhenField label="开始" mode="time" name="start" values={values} change={form.change} />
          <WhenField label="结束" mode="time" name="end" values={values} change={form.change} />
        </View>
        {editing ? null : (
          <Text className="meeting-chip" data-testid="meeting-form-now" onClick={form.startNow}>
            现在开始（开 1 小时）
          </Text>
        )}
      </View>
      <View className="card">
        <Field label="地点">
          <Input
            className="meeting-form-input"
            data-testid="meeting-form-place"
            value={values.place}
            onChange={(place) => form.change({ place })}
            maxLength={50}
            placeholder="如：党群服务中心二楼会议室"
          />
        </Field>
        <Field label="议程">
          <TextArea
            className="meeting-form-agenda"
            data-testid="meeting-form-agenda"
            autoSize
            value={values.agenda}
            onChange={(agenda) => form.change({ agenda })}
            maxLength={2000}
            placeholder="每行一项，如：1. 传达上级会议精神"
          />
        </Field>
        <PersonPicker
          label="主持人"
          className="meeting-form-host"
          members={members}
          value={values.hostId}
          shown={nameOf(values.hostId)}
          onPick={(hostId) => form.change({ hostId })}
        />
        <PersonPicker
          label="记录人"
          className="meeting-form-recorder"
          members={members}
          value={values.recorderId}
          shown={nameOf(values.recorderId)}
          onPick={(recorderId) => form.change({ recorderId })}
        />
      </View>
      <ExpectedPicker
        values={values}
        options={options}
        count={expected.length}
        change={form.change}
      />
      {editing && underWay && !samePeople(expected, savedExpected) ? (
        <View className="card">
          <Field label="调整原因">
            <Input
              data-testid="meeting-form-reason"
              value={values.reason}
              onChange={(reason) => form.change({ reason })}
              maxLength={100}
              placeholder="签到已开始，请写明为何调整应到人员"
            />
          </Field>
        </View>
      ) : null}
      {form.error ? (
        <Text className="banner banner--error meeting-form-error">{form.error}</Text>
      ) : null}
      <View className="meeting-form-submit-bar">
        <Button
          data-testid="meeting-form-submit"
          type="primary"
          block
          loading={form.saving}
          onClick={() => void form.submit()}
        >
          {editing ? '保存修改' : '安排会议'}
        </Button>
      </View>
    </PageRoot>
  )
}

interface WhenFieldProps {
  label: string
  mode: 'date' | 'time'
  name: 'date' | 'start' | 'end'
  values: MeetingFormValues
  change: (changes: Partial<MeetingFormValues>) => void
}

/** The day, start and end of the meeting: native pickers, in Beijing time. */
function WhenField({ label, mode, name, values, change }: WhenFieldProps) {
  return (
    <Field label={label}>
      <Picker
        data-testid={`meeting-form-${name}`}
        mode={mode}
        end={mode === 'date' ? lastDayAhead(Date.now()) : undefined}
        value={values[name]}
        onChange={(event) => change({ [name]: String(event.detail.value) })}
      >
        <Text className={`meeting-field__value meeting-form-${name}-value`}>{values[name]}</Text>
      </Picker>
    </Field>
  )
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="meeting-field">
      <Text className="meeting-field__label">{label}</Text>
      {children}
    </View>
  )
}

interface PersonPickerProps {
  label: string
  className: string
  members: MeetingFormData['members']
  value: string
  shown: string
  onPick: (openid: string) => void
}

function PersonPicker({ label, className, members, value, shown, onPick }: PersonPickerProps) {
  return (
    <Field label={label}>
      <Picker
        className={className}
        mode="selector"
        range={members.map((person) => `${person.nickname}（${ROLE_LABELS[person.role]}）`)}
        value={Math.max(
          0,
          members.findIndex((person) => person.openid === value),
        )}
        onChange={(event) => {
          const picked = members[Number(event.detail.value)]
          if (picked) onPick(picked.openid)
        }}
      >
        <Text className="meeting-field__value">{shown}</Text>
      </Picker>
    </Field>
  )
}

interface ExpectedPickerProps {
  values: MeetingFormValues
  options: MeetingFormData
  count: number
  change: (patch: Partial<MeetingFormValues>) => void
}

function ExpectedPicker({ values, options, count, change }: ExpectedPickerProps) {
  const toggle = (openid: string) => {
    const current = expectedFor(values.expectedMode, options, values.expected)
    change({
      expectedMode: 'custom',
      expected: current.includes(openid)
        ? current.filter((id) => id !== openid)
        : [...current, openid],
    })
  }
  const chosen = new Set(expectedFor(values.expectedMode, options, values.expected))
  return (
    <View className="card meeting-form-expected">
      <Text className="meeting-field__label">应到人员（{count} 人）</Text>
      <View className="meeting-actions">
        {MODES.map((mode) => (
          <Text
            key={mode.key}
            className={`meeting-chip${values.expectedMode === mode.key ? ' meeting-chip--active' : ''}`}
            data-testid={`meeting-form-expected-${mode.key}`}
            onClick={() =>
              change({
                expectedMode: mode.key,
                expected: expectedFor(mode.key, options, values.expected),
              })
            }
          >
            {mode.label}
          </Text>
        ))}
      </View>
      {values.expectedMode === 'custom' ? (
        <View className="meeting-form-members">
          {options.members.map((person) => (
            <Text
              key={person.openid}
              className={`meeting-chip${chosen.has(person.openid) ? ' meeting-chip--active' : ''}`}
              data-testid="meeting-form-member"
              data-openid={person.openid}
              onClick={() => toggle(person.openid)}
            >
              {person.nickname}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
