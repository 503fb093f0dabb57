import {
  FIXED_DUES_RANGE_FEN,
  yuanToFen,
  type DuesRates,
  type RateBand,
} from '../../../../types/dues'

/** 300000 分 → `3000`, 12345 分 → `123.45`. */
function yuanText(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2)
}

/** 50 basis points → `0.5`. */
export function percentText(basisPoints: number): string {
  return String(basisPoints / 100)
}

/** Each band as the 规定 words it: 3000 元及以下, 3000–5000 元, 10000 元以上. */
export function bandLabels(bands: readonly RateBand[]): string[] {
  return bands.map((band, index) => {
    const lower = index === 0 ? null : bands[index - 1].upToFen
    if (band.upToFen === null) return lower === null ? '不论收入' : `${yuanText(lower)} 元以上`
    if (lower === null) return `${yuanText(band.upToFen)} 元及以下`
    return `${yuanText(lower)}–${yuanText(band.upToFen)} 元`
  })
}

/** `0.5` → 50 basis points, or null for what is not a percentage from 0 to 10 with ≤ 2 decimals. */
export function basisPointsOf(percent: string): number | null {
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(percent.trim())) return null
  const points = Math.round(Number(percent) * 100)
  return points <= 1000 ? points : null
}

/** What the edit form holds: each band's percentage and the fixed amount, as typed. */
export interface RatesDraft {
  employed: string[]
  retired: string[]
  fixedYuan: string
}

export function draftOf(rates: DuesRates): RatesDraft {
  return {
    employed: rates.employed.map((band) => percentText(band.basisPoints)),
    retired: rates.retired.map((band) => percentText(band.basisPoints)),
    fixedYuan: (rates.fixedFen / 100).toFixed(2),
  }
}

/** The table the draft describes (bounds as they were), or what to fix first. */
export function ratesFromDraft(draft: RatesDraft, from: DuesRates): DuesRates | string {
  const points = [...draft.employed, ...draft.retired].map(basisPointsOf)
  if (points.some((point) => point === null)) {
    return '比例请填 0 到 10 之间的数，最多两位小数，如 1.5'
  }
  const fixedFen = yuanToFen(draft.fixedYuan)
  const { min, max } = FIXED_DUES_RANGE_FEN
  if (fixedFen === null || fixedFen < min || fixedFen > max) return '定额每月 0.20 元至 1.00 元'
  const withPoints = (bands: RateBand[], offset: number) =>
    bands.map((band, index) => ({ ...band, basisPoints: points[offset + index] as number }))
  return {
    employed: withPoints(from.employed, 0),
    retired: withPoints(from.retired, from.employed.length),
    fixedFen,
  }
}
