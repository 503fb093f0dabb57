import {
  currentQuarter,
  quarterBounds,
  quarterMonths,
  shanghaiMidnight,
  shanghaiParts,
} from '../../../types/time'
import { TREND_MONTHS, type StatsPeriod } from '../../../types/stats'

/** The period with the Dates the queries need beside the ISO strings the client gets. */
export interface Period extends StatsPeriod {
  now: Date
  from: Date
  to: Date
  /** Midnight (Asia/Shanghai) of the first day of the trend's first month. */
  trendFrom: Date
  /** The quarter's months, `YYYY-MM`. */
  quarterMonths: string[]
}

const pad = (month: number) => String(month).padStart(2, '0')

/** `YYYY-MM` `offset` months after (negative: before) a year and month. */
function monthKey(year: number, month: number, offset: number): string {
  const index = year * 12 + (month - 1) + offset
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/**
 * The current quarter (the bounds the shared completeness meter uses, so the 台账 page, the 支部
 * home and the dashboard agree) and the six months up to now, all in Asia/Shanghai.
 */
export function periodAt(now: Date): Period {
  const { year, quarter } = currentQuarter(now)
  const { from, to } = quarterBounds(year, quarter)
  const parts = shanghaiParts(now)
  const months = Array.from({ length: TREND_MONTHS }, (_, index) =>
    monthKey(parts.year, parts.month, index - (TREND_MONTHS - 1)),
  )
  const elapsed = (now.getTime() - from.getTime()) / (to.getTime() - from.getTime())
  return {
    year,
    quarter,
    quarterFrom: from.toISOString(),
    quarterTo: to.toISOString(),
    quarterElapsed: Math.min(1, Math.max(0, elapsed)),
    months,
    asOf: now.toISOString(),
    now,
    from,
    to,
    trendFrom: shanghaiMidnight(`${months[0]}-01`),
    quarterMonths: quarterMonths(year, quarter),
  }
}

/** What the client receives: the ISO fields only. */
export function publicPeriod(period: Period): StatsPeriod {
  const { year, quarter, quarterFrom, quarterTo, quarterElapsed, months, asOf } = period
  return { year, quarter, quarterFrom, quarterTo, quarterElapsed, months, asOf }
}
