import { Progress, Text, View } from '@tarojs/components'
import { useMemo, type ReactNode } from 'react'
import { formatFen } from '../../../../types/dues'
import { MEETING_KIND_LABELS } from '../../../../types/meeting'
import {
  ATTENTION_LABELS,
  type AttentionKind,
  type DashboardFigures,
  type RequiredLessonProgress,
} from '../../../../types/stats'
import { formatShanghai } from '../../../format/datetime'
import { StatsChart } from '../chart'
import { attendanceTrendOption, completenessOption } from '../chart/options'
import { durationText, monthLabel, percentText } from '../format'

function Section(props: { name: string; title: string; attention?: boolean; children: ReactNode }) {
  return (
    <View
      className={`stats-section${props.attention ? ' is-attention' : ''}`}
      data-testid={`stats-section-${props.name}`}
    >
      <Text className="stats-section__title">{props.title}</Text>
      {props.children}
    </View>
  )
}

function Figure(props: { name: string; value: string; label: string; attention?: boolean }) {
  return (
    <View
      className={`stats-figure${props.attention ? ' is-attention' : ''}`}
      data-testid={`stats-figure-${props.name}`}
    >
      <Text className="stats-figure__value">{props.value}</Text>
      <Text className="stats-figure__label">{props.label}</Text>
    </View>
  )
}

/** What needs a second look, in words; or that nothing does. */
export function AttentionNote({ kinds }: { kinds: AttentionKind[] }) {
  if (kinds.length === 0) {
    return (
      <View className="stats-attention stats-attention--none">
        <Text>各项工作按节奏推进，暂无需要关注的事项。</Text>
      </View>
    )
  }
  return (
    <View className="stats-attention">
      <Text className="stats-attention__title">需要关注</Text>
      {kinds.map((kind) => (
        <Text key={kind} className="stats-attention__item" data-kind={kind}>
          {ATTENTION_LABELS[kind]}
        </Text>
      ))}
    </View>
  )
}

export interface FiguresProps {
  figures: DashboardFigures
  /** Required lessons one by one (a branch); a committee shows the totals only. */
  lessons?: RequiredLessonProgress[]
  /** Prefix for the chart canvas ids (unique on the page). */
  chartKey: string
}

/** The five parts of a dashboard, each with its figures written out; two of them also as charts. */
export function Figures({ figures, lessons, chartKey }: FiguresProps) {
  const { completeness, attendance, issues } = figures
  const attention = new Set(figures.attention)
  const completenessChart = useMemo(() => completenessOption(completeness.items), [completeness])
  const attendanceChart = useMemo(() => attendanceTrendOption(attendance.months), [attendance])
  return (
    <View className="stats-figures">
      <Section
        name="completeness"
        title="三会一课（本季度）"
        attention={attention.has('completeness')}
      >
        <View className="stats-figure-row">
          <Figure name="completeness" value={`${completeness.percent}%`} label="完成度" />
          <Figure
            name="held"
            value={`${completeness.fulfilled} / ${completeness.required}`}
            label="已开 / 应开（次）"
          />
          <Figure
            name="due"
            value={String(completeness.dueByNow)}
            label="按节奏此时应开"
            attention={attention.has('completeness')}
          />
        </View>
        <StatsChart
          id={`${chartKey}-completeness`}
          option={completenessChart}
          label={`三会一课本季度已开 ${completeness.fulfilled} 次，应开 ${completeness.required} 次`}
        />
        <View className="stats-list">
          {completeness.items.map((item) => (
            <View key={item.kind} className="stats-list__row" data-kind={item.kind}>
              <Text className="stats-list__name">{MEETING_KIND_LABELS[item.kind]}</Text>
              <Text className="stats-list__value">
                {item.held} / {item.required} 次
                {item.held > 0 ? `，已记录纪要 ${item.recorded}` : ''}
              </Text>
            </View>
          ))}
        </View>
      </Section>

      <Section name="attendance" title="到会率（近六个月）" attention={attention.has('attendance')}>
        <View className="stats-figure-row">
          <Figure
            name="attendance"
            value={percentText(attendance.percent)}
            label="实到 ÷ 应到"
            attention={attention.has('attendance')}
          />
          <Figure
            name="attended"
            value={`${attendance.attended} / ${attendance.expected}`}
            label="实到 / 应到（人次）"
          />
          <Figure name="meetings" value={String(attendance.meetings)} label="会议（次）" />
        </View>
        <StatsChart
          id={`${chartKey}-attendance`}
          option={attendanceChart}
          label={`近六个月到会率 ${percentText(attendance.percent)}`}
        />
        <View className="stats-list stats-list--months">
          {attendance.months.map((month) => (
            <View key={month.month} className="stats-list__row" data-month={month.month}>
              <Text className="stats-list__name">{monthLabel(month.month)}</Text>
              <Text className="stats-list__value">
                {month.meetings === 0
                  ? '没有会议'
                  : `${percentText(month.percent)}（${month.attended}/${month.expected}，${month.meetings} 次会议）`}
              </Text>
            </View>
          ))}
        </View>
      </Section>

      <Section name="lessons" title="必学课（本季度）" attention={attention.has('lessons')}>
        <View className="stats-figure-row">
          <Figure
            name="lessons"
            value={percentText(figures.lessons.percent)}
            label="完成率"
            attention={attention.has('lessons')}
          />
          <Figure
            name="lesson-count"
            value={`${figures.lessons.completed} / ${figures.lessons.expected}`}
            label="已学完 / 应学（人次）"
          />
          <Figure
            name="lesson-total"
            value={String(figures.lessons.lessons)}
            label="必学课（门）"
          />
        </View>
        {lessons?.map((lesson) => (
          <View key={lesson.id} className="stats-lesson" data-lesson={lesson.id}>
            <Text className="stats-lesson__title">{lesson.title}</Text>
            <Text className="stats-lesson__meta">
              截止 {formatShanghai(lesson.due, 'MM-DD')} · 已学完 {lesson.completed} /{' '}
              {lesson.members} 人
            </Text>
            <Progress
              percent={
                lesson.members === 0 ? 0 : Math.round((lesson.completed / lesson.members) * 100)
              }
              strokeWidth={6}
              activeColor="#c8161d"
            />
          </View>
        ))}
        {figures.lessons.lessons === 0 ? (
          <Text className="stats-hint">本季度没有布置必学课。</Text>
        ) : null}
      </Section>

      <Section name="activities" title="活动（本季度）">
        <View className="stats-figure-row">
          <Figure name="activities" value={String(figures.activities)} label="已开展（次）" />
          <Figure name="members" value={String(figures.members)} label="党员（人）" />
        </View>
      </Section>

      <Section name="dues" title="党费收缴（近六个月）">
        <View className="stats-figure-row">
          <Figure name="dues" value={percentText(figures.dues.percent)} label="党费收缴率" />
          <Figure
            name="dues-amount"
            value={`${formatFen(figures.dues.collectedFen)} / ${formatFen(figures.dues.dueFen)}`}
            label="已收 / 应收（元）"
          />
          <Figure
            name="dues-months"
            value={`${figures.dues.paid} / ${figures.dues.paid + figures.dues.unpaid}`}
            label="已缴 / 应缴（人·月）"
          />
        </View>
        {figures.dues.percent === null ? (
          <Text className="stats-hint">近六个月还没有申报党费基数的党员。</Text>
        ) : null}
      </Section>

      <Section name="issues" title="群众诉求" attention={attention.has('overdueIssues')}>
        <View className="stats-figure-row">
          <Figure name="open" value={String(issues.open)} label="未答复" />
          <Figure
            name="overdue"
            value={String(issues.overdue)}
            label="已逾期"
            attention={attention.has('overdueIssues')}
          />
          <Figure name="escalated" value={String(issues.escalated)} label="已提请督办" />
        </View>
        <View className="stats-figure-row">
          <Figure name="resolved" value={String(issues.resolved)} label="近六个月办结" />
          <Figure
            name="resolution"
            value={durationText(issues.medianResolutionHours)}
            label="办结用时（中位数）"
          />
          <Figure
            name="satisfaction"
            value={issues.averageRating === null ? '—' : `${issues.averageRating} 星`}
            label={
              issues.rated === 0
                ? '暂无评价'
                : `${issues.rated} 条评价，满意 ${percentText(issues.satisfiedPercent)}`
            }
          />
        </View>
      </Section>
    </View>
  )
}
