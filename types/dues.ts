import type { ActionSpec } from './contract'
import type { LedgerFile } from './meeting'
import type { RemindResult } from './notice'
import type {
  ConfirmPaymentInput,
  CorrectPaymentInput,
  DeclareBaseInput,
  ExportDuesLedgerInput,
  GetMyDuesInput,
  MarkPaidInput,
  MemberRefInput,
  MonthOverviewInput,
  OrgRefInput,
  PublicSummaryInput,
  RecordPaymentInput,
  SetRatesInput,
} from './dues.schema'

/**
 * 党费: the rate table, shared by the app (what a declaration will cost) and the `dues` function (what
 * each month is due). Money is integer 分 everywhere; a rate is in basis points (0.5 % = 50).
 *
 * Defaults from 《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）:
 * - 在职: 每月工资收入（税后）在 3000 元以下（含 3000 元）者交纳 0.5 %，3000 元以上至 5000 元（含 5000 元）
 *   1 %，5000 元以上至 10000 元（含 10000 元）1.5 %，10000 元以上 2 %;
 * - 离退休: 5000 元以下（含 5000 元）0.5 %，5000 元以上 1 %;
 * - 学生、农民、下岗失业和享受最低生活保障的党员: 每月 0.2 元至 1 元 (`fixed`), or, by the branch's
 *   decision, 免交 (`exempt`, recorded with its reason).
 *
 * Boundary rule (stated once): a band's upper bound is inclusive (“含”) — 3 000.00 元 is 0.5 %,
 * 3 000.01 元 is 1 %. Rounding (stated once): base × rate rounded half up to the 分.
 */
export const DUES_CATEGORIES = ['employed', 'retired', 'fixed', 'exempt'] as const
export type DuesCategory = (typeof DUES_CATEGORIES)[number]

export const DUES_CATEGORY_LABELS: Record<DuesCategory, string> = {
  employed: '在职',
  retired: '离退休',
  fixed: '定额（学生、农民、下岗失业、低保）',
  exempt: '免交（支部决定）',
}

/** One band: bases up to and including `upToFen` (null: no upper bound) pay `basisPoints`. */
export interface RateBand {
  upToFen: number | null
  basisPoints: number
}

export interface DuesRates {
  employed: RateBand[]
  retired: RateBand[]
  /** What a `fixed` member pays each month, 20–100 分 (0.2–1 元). */
  fixedFen: number
}

const yuan = (amount: number) => amount * 100

/** The 2008 规定's table; an org's own setting (`duesSettings`) replaces it whole. */
export const DEFAULT_DUES_RATES: DuesRates = {
  employed: [
    { upToFen: yuan(3000), basisPoints: 50 },
    { upToFen: yuan(5000), basisPoints: 100 },
    { upToFen: yuan(10000), basisPoints: 150 },
    { upToFen: null, basisPoints: 200 },
  ],
  retired: [
    { upToFen: yuan(5000), basisPoints: 50 },
    { upToFen: null, basisPoints: 100 },
  ],
  fixedFen: 20,
}

/** The 党费标准 page: the table in force, whether it is the org's own, and whether this person may set it. */
export interface RatesView {
  rates: DuesRates
  /** The org set its own table (else the 2008 规定's applies). */
  custom: boolean
  /** 书记/副书记 (LEADERS): the server decides, the page only shows. */
  canEdit: boolean
}

export const FIXED_DUES_RANGE_FEN = { min: 20, max: 100 } as const

/** What a member declared: the category, and the monthly base for the two categories that have one. */
export interface DuesDeclaration {
  category: DuesCategory
  baseFen: number | null
}

/** The band a base falls in (bands ascend; the first whose inclusive bound holds it). */
function bandOf(bands: readonly RateBand[], baseFen: number): RateBand {
  const band = bands.find((candidate) => candidate.upToFen === null || baseFen <= candidate.upToFen)
  return band ?? bands[bands.length - 1]
}

/** The monthly dues in 分 for a declaration under `rates`. */
export function monthlyDueFen(
  declaration: DuesDeclaration,
  rates: DuesRates = DEFAULT_DUES_RATES,
): number {
  switch (declaration.category) {
    case 'exempt':
      return 0
    case 'fixed':
      return rates.fixedFen
    case 'employed':
    case 'retired': {
      const baseFen = Math.max(0, declaration.baseFen ?? 0)
      const { basisPoints } = bandOf(rates[declaration.category], baseFen)
      // Integer arithmetic: base × bp / 10 000, half up.
      return Math.floor((baseFen * basisPoints + 5000) / 10000)
    }
    default: {
      const unknown: never = declaration.category
      throw new Error(`unknown dues category ${String(unknown)}`)
    }
  }
}

/** `YYYY-MM` moved by `count` months. */
export function addMonths(month: string, count: number): string {
  const [year, mon] = month.split('-').map(Number)
  const index = year * 12 + (mon - 1) + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** `2026-11` → 2026年11月, as the pages and messages say a month. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5))}月`
}

/** `12.5` → 1250 分: what a person typed as 元, at most two decimals; null for anything else. */
export function yuanToFen(yuan: string): number | null {
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(yuan.trim())) return null
  return Math.round(Number(yuan) * 100)
}

/** `1234` 分 → `12.34`. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** 微信转账 / 现金 / 银行 as marked or recorded; `wechatpay` for a later 微信支付 (with its transaction id). */
export type PaymentChannel = 'transfer' | 'cash' | 'bank' | 'wechatpay'

export const PAYMENT_CHANNEL_LABELS: Record<PaymentChannel, string> = {
  transfer: '微信转账',
  cash: '现金',
  bank: '银行',
  wechatpay: '微信支付',
}

/**
 * A month as the member or the collectors see it: `marked` — the member says paid, not yet confirmed;
 * `undeclared` — no base on file for that month, so nothing can be due yet.
 */
export type DuesMonthStatus = 'paid' | 'marked' | 'unpaid' | 'exempt' | 'undeclared'

export const DUES_STATUS_LABELS: Record<DuesMonthStatus, string> = {
  paid: '已缴',
  marked: '待确认',
  unpaid: '未缴',
  exempt: '免交',
  undeclared: '未申报',
}

export interface DuesMonth {
  month: string
  dueFen: number | null
  /** Confirmed payments plus corrections. */
  paidFen: number
  /** Marked by the member and not yet confirmed. */
  markedFen: number
  status: DuesMonthStatus
}

/** A base as its member and the 支委会 see it (nobody else ever gets one). */
export interface DuesBase {
  openid: string
  category: DuesCategory
  baseFen: number | null
  reason: string | null
  fromMonth: string
  monthlyDueFen: number
  declaredAt: string
}

export interface MyDues {
  orgId: string
  year: number
  base: DuesBase | null
  months: DuesMonth[]
}

export interface OverviewRow extends DuesMonth {
  openid: string
  nickname: string
  /** 6 or more consecutive unpaid months up to this one; present only for the 书记. */
  overdue?: boolean
}

export interface MonthOverview {
  month: string
  members: OverviewRow[]
  dueFen: number
  paidFen: number
  paid: number
  unpaid: number
}

/** 党务公开: totals only — no names, no amounts per person. */
export interface PublicMonth {
  month: string
  receivedFen: number
  paid: number
  unpaid: number
}

export interface PublicSummary {
  orgId: string
  year: number
  months: PublicMonth[]
  receivedFen: number
}

export interface PaymentResult {
  /** Entries written now. */
  written: number
  /** Months already marked, confirmed or recorded (a retry lands here). */
  already: number
}

/**
 * The 党费台账 (Excel: one row per member per month — due, paid, status, channel) and its 收缴情况汇总
 * (Word: each month's totals and head counts, who has not paid); never a base.
 */
export interface DuesLedgerExport {
  /** Member-months written. */
  rows: number
  xlsx: LedgerFile
  docx: LedgerFile
}

export interface DuesActions {
  declareBase: ActionSpec<DeclareBaseInput, DuesBase>
  getBase: ActionSpec<MemberRefInput, DuesBase | null>
  getMyDues: ActionSpec<GetMyDuesInput, MyDues>
  markPaid: ActionSpec<MarkPaidInput, PaymentResult>
  confirmPayment: ActionSpec<ConfirmPaymentInput, PaymentResult>
  recordPayment: ActionSpec<RecordPaymentInput, PaymentResult>
  correctPayment: ActionSpec<CorrectPaymentInput, PaymentResult>
  monthOverview: ActionSpec<MonthOverviewInput, MonthOverview>
  /** 一键提醒 the month's unpaid (those who accepted dues reminders); once per branch and month a day. */
  remindUnpaid: ActionSpec<MonthOverviewInput, RemindResult>
  publicSummary: ActionSpec<PublicSummaryInput, PublicSummary>
  /** For the 支委会: the ledger as Excel and its summary as Word, audited. */
  exportLedger: ActionSpec<ExportDuesLedgerInput, DuesLedgerExport>
  getRates: ActionSpec<OrgRefInput, RatesView>
  /** The 书记/副书记 replace the table; `rates: null` goes back to the 规定's. */
  setRates: ActionSpec<SetRatesInput, RatesView>
}
