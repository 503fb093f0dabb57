import {
  DEFAULT_DUES_RATES,
  formatFen,
  monthlyDueFen,
  type DuesCategory,
  type DuesRates,
} from '../../types/dues'

const due = (category: DuesCategory, yuan: number | null, rates?: DuesRates) =>
  monthlyDueFen({ category, baseFen: yuan === null ? null : Math.round(yuan * 100) }, rates)

describe('the dues rate table (2008 规定, bounds inclusive, half up to the 分)', () => {
  it.each([
    // employed: 0.5 % up to and including 3 000 元
    [2999.99, 1500], // 14.99995 元 → 15.00
    [3000, 1500],
    [3000.01, 3000], // 1 %: 30.0001 元 → 30.00
    [5000, 5000],
    [5000.01, 7500], // 1.5 %: 75.00015 元 → 75.00
    [10000, 15000],
    [10000.01, 20000], // 2 %: 200.0002 元 → 200.00
    [4321.5, 4322], // 43.215 元: half up → 43.22
  ])('an employed member with %s 元 after tax pays %i 分', (yuan, fen) => {
    expect(due('employed', yuan)).toBe(fen)
  })

  it.each([
    [5000, 2500],
    [5000.01, 5000],
    [3001, 1501], // 15.005 元 → 15.01
  ])('a retired member with %s 元 pays %i 分', (yuan, fen) => {
    expect(due('retired', yuan)).toBe(fen)
  })

  it('rounds half a 分 up and a third of one down', () => {
    expect(due('employed', 1)).toBe(1) // 0.5 分 → 1
    expect(due('employed', 0.66)).toBe(0) // 0.33 分 → 0
  })

  it('a fixed member pays the org setting whatever the base, an exempt member nothing', () => {
    expect(due('fixed', null)).toBe(DEFAULT_DUES_RATES.fixedFen)
    expect(due('fixed', 8000, { ...DEFAULT_DUES_RATES, fixedFen: 100 })).toBe(100)
    expect(due('exempt', 20000)).toBe(0)
  })

  it("an org's own table replaces the defaults", () => {
    const rates: DuesRates = {
      ...DEFAULT_DUES_RATES,
      employed: [
        { upToFen: 400000, basisPoints: 50 },
        { upToFen: null, basisPoints: 100 },
      ],
    }
    expect(due('employed', 4000, rates)).toBe(2000)
    expect(due('employed', 4000)).toBe(4000)
  })

  it('formats 分 as 元', () => {
    expect(formatFen(1500)).toBe('15.00')
    expect(formatFen(7)).toBe('0.07')
    expect(formatFen(-250)).toBe('-2.50')
  })
})
