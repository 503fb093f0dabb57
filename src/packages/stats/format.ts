import type { MeetingKind } from '../../../types/meeting'
import type { StatsPeriod } from '../../../types/stats'
import { formatShanghai } from '../../format/datetime'

/** Short names that fit under a bar. */
export const KIND_SHORT_LABELS: Record<MeetingKind, string> = {
  congress: '党员大会',
  committee: '支委会',
  group: '党小组会',
  lecture: '党课',
  themeDay: '主题党日',
}

/** `2026-11` → `11月` */
export function monthLabel(month: string): string {
  return `${Number(month.slice(5, 7))}月`
}

export function percentText(percent: number | null): string {
  return percent === null ? '—' : `${percent}%`
}

/** Hours as people say them: under two days in hours, else in days. */
export function durationText(hours: number | null): string {
  if (hours === null) return '—'
  if (hours < 48) return `${Math.round(hours * 10) / 10} 小时`
  return `${Math.round((hours / 24) * 10) / 10} 天`
}

export function periodText(period: StatsPeriod): string {
  return `${period.year}年第${period.quarter}季度 · 截至 ${formatShanghai(period.asOf, 'MM-DD HH:mm')}`
}
