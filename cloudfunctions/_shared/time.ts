/**
 * Dates are stored as UTC instants and counted in Asia/Shanghai (China has no DST, so a fixed +8 h is
 * exact): months, quarters and meeting days are Beijing ones.
 */
export const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

/** Midnight Asia/Shanghai of a `YYYY-MM-DD` day, as a UTC instant. */
export function shanghaiMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS)
}

export function shanghaiParts(date: Date): { year: number; month: number } {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS)
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 }
}

/** `YYYY-MM` of an instant, in Asia/Shanghai. */
export function shanghaiMonth(date: Date | string): string {
  return new Date(new Date(date).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7)
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
