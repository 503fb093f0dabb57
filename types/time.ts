/**
 * The one time module, for the app and the cloud functions alike. Dates are stored as UTC instants and
 * counted in Asia/Shanghai (China has no DST, so a fixed +8 h is exact): days, months, quarters and
 * meeting days are Beijing ones. The lint refuses hand-written 3600 * 1000 and friends elsewhere.
 */
export const MINUTE_MS = 60 * 1000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS
export const SHANGHAI_OFFSET_MS = 8 * HOUR_MS

/** How far ahead a day may be set: the server's limit for a lesson's 完成期限, and where date pickers end. */
export const MAX_DAYS_AHEAD = 366

/** The last Beijing day whose end is within MAX_DAYS_AHEAD of `now`: the latest a date picker offers. */
export function lastDayAhead(now: Date | number): string {
  return shanghaiDay(new Date(now).getTime() + (MAX_DAYS_AHEAD - 1) * DAY_MS)
}
/** The same offset as the database's aggregation operators take it (`$dateToString` timezone). */
export const SHANGHAI_TIMEZONE = '+08:00'

/** An instant as it reads on a Beijing clock: `YYYY-MM-DDTHH:mm:ss.sssZ` shifted by +8 h. */
function onBeijingClock(date: Date | string | number): string {
  return new Date(new Date(date).getTime() + SHANGHAI_OFFSET_MS).toISOString()
}

/** `YYYY-MM-DD` of an instant, in Asia/Shanghai. */
export function shanghaiDay(date: Date | string | number): string {
  return onBeijingClock(date).slice(0, 10)
}

/** `HH:mm` of an instant, in Asia/Shanghai. */
export function shanghaiClock(date: Date | string | number): string {
  return onBeijingClock(date).slice(11, 16)
}

/** `YYYY-MM-DD` + `HH:mm` on a Beijing clock → the UTC instant. */
export function shanghaiInstant(day: string, time: string): Date {
  return new Date(`${day}T${time}:00${SHANGHAI_TIMEZONE}`)
}

/** The last moment of a Beijing day, or null for a day that does not exist (2026-02-30). */
export function endOfShanghaiDay(day: string): Date | null {
  const end = new Date(`${day}T23:59:59.999${SHANGHAI_TIMEZONE}`)
  if (Number.isNaN(end.getTime())) return null
  return shanghaiDay(end) === day ? end : null
}

/** Midnight Asia/Shanghai of a `YYYY-MM-DD` day, as a UTC instant. */
export function shanghaiMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS)
}

export function shanghaiParts(date: Date): { year: number; month: number } {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS)
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 }
}

/** `YYYY-MM` of an instant, in Asia/Shanghai. */
export function shanghaiMonth(date: Date | string | number): string {
  return onBeijingClock(date).slice(0, 7)
}

export function currentQuarter(now: Date): { year: number; quarter: number } {
  const { year, month } = shanghaiParts(now)
  return { year, quarter: Math.floor((month - 1) / 3) + 1 }
}

const pad = (month: number) => String(month).padStart(2, '0')

/** The quarter's bounds in Asia/Shanghai, as UTC instants [from, to). */
export function quarterBounds(year: number, quarter: number): { from: Date; to: Date } {
  const startMonth = (quarter - 1) * 3 + 1
  const from = shanghaiMidnight(`${year}-${pad(startMonth)}-01`)
  const to =
    quarter === 4
      ? shanghaiMidnight(`${year + 1}-01-01`)
      : shanghaiMidnight(`${year}-${pad(startMonth + 3)}-01`)
  return { from, to }
}

/** The quarter's three months as `YYYY-MM`. */
export function quarterMonths(year: number, quarter: number): string[] {
  const startMonth = (quarter - 1) * 3 + 1
  return [0, 1, 2].map((offset) => `${year}-${pad(startMonth + offset)}`)
}
