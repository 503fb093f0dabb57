import type { CompletenessItem } from '../../../../types/meeting'
import { ATTENTION_THRESHOLDS, type AttendanceMonth } from '../../../../types/stats'
import { KIND_SHORT_LABELS, monthLabel } from '../format'
import type { ChartOption } from './echarts'

const RED = '#c8161d'
const GREY = '#d9d9d9'
const MUTED = '#8a8a8a'

const axisText = { color: MUTED, fontSize: 11 }

/**
 * 到会率 month by month as a line (a month without meetings is a gap, not a zero), with the attention
 * threshold as a dashed line.
 */
export function attendanceTrendOption(months: AttendanceMonth[]): ChartOption {
  return {
    animation: false,
    grid: { left: 40, right: 16, top: 24, bottom: 28 },
    xAxis: {
      type: 'category',
      data: months.map((month) => monthLabel(month.month)),
      axisLabel: axisText,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GREY } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: { ...axisText, formatter: '{value}%' },
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    series: [
      {
        type: 'line',
        name: '到会率',
        data: months.map((month) => month.percent),
        connectNulls: false,
        symbolSize: 6,
        itemStyle: { color: RED },
        lineStyle: { color: RED, width: 2 },
        label: { show: true, formatter: '{c}%', color: RED, fontSize: 11 },
      },
      {
        type: 'line',
        name: '关注线',
        data: months.map(() => ATTENTION_THRESHOLDS.attendancePercent),
        symbol: 'none',
        silent: true,
        lineStyle: { color: MUTED, type: 'dashed', width: 1 },
      },
    ],
  }
}

/** 三会一课 this quarter: required (grey) and held (red) per kind, counts on the bars. */
export function completenessOption(items: CompletenessItem[]): ChartOption {
  const label = { show: true, position: 'top' as const, fontSize: 11 }
  return {
    animation: false,
    grid: { left: 28, right: 8, top: 24, bottom: 28 },
    xAxis: {
      type: 'category',
      data: items.map((item) => KIND_SHORT_LABELS[item.kind]),
      axisLabel: axisText,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GREY } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: axisText,
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    series: [
      {
        type: 'bar',
        name: '应开',
        data: items.map((item) => item.required),
        itemStyle: { color: GREY },
        label: { ...label, color: MUTED },
        barGap: '10%',
      },
      {
        type: 'bar',
        name: '已开',
        data: items.map((item) => item.held),
        itemStyle: { color: RED },
        label: { ...label, color: RED },
      },
    ],
  }
}
