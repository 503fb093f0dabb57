import { z } from 'zod'
import { addMonths, DUES_CATEGORIES, FIXED_DUES_RANGE_FEN } from './dues'
import { plainId } from './keys.schema'
import { id } from './org.schema'

/** A dues month, `YYYY-MM`. */
export const duesMonth = z
  .string({ invalid_type_error: '月份格式应为 2026-01 这样' })
  .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-01 这样')

const months = z
  .array(duesMonth)
  .min(1, '请至少选择一个月')
  .max(12, '一次最多 12 个月')
  .refine((list) => new Set(list).size === list.length, '月份不能重复')

/** A monthly base: 0 to 1 000 000 元, in 分. */
const baseFen = z
  .number({ invalid_type_error: '请填写每月基数（元）' })
  .int('金额精确到分')
  .min(0, '基数不能为负数')
  .max(100_000_000, '基数超出范围，请核对后再填')

const note = z.string().trim().max(60, '备注最多 60 个字').optional()
const reason = z.string().trim().min(2, '请写明原因（至少 2 个字）').max(100, '原因最多 100 个字')

/** What a member (or the secretary for them) pays by and why; a base only where the rate needs one. */
export const declareBaseInput = z
  .object({
    orgId: id,
    /** Someone else's base (支委会 only); absent: the caller's own. */
    memberId: id.optional(),
    category: z.enum(DUES_CATEGORIES, { errorMap: () => ({ message: '请选择党费类别' }) }),
    baseFen: baseFen.optional(),
    reason: reason.optional(),
    /** The first month it applies to; absent: this month. */
    fromMonth: duesMonth.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const needsBase = input.category === 'employed' || input.category === 'retired'
    if (needsBase && input.baseFen === undefined)
      ctx.addIssue({ code: 'custom', path: ['baseFen'], message: '请填写每月税后收入或离退休费' })
    if (!needsBase && input.baseFen !== undefined)
      ctx.addIssue({ code: 'custom', path: ['baseFen'], message: '定额或免交不需要填写基数' })
    if (input.category === 'exempt' && !input.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '免交须写明支部决定的原因' })
  })
export type DeclareBaseInput = z.infer<typeof declareBaseInput>

export const getMyDuesInput = z
  .object({ orgId: id, year: z.number().int().min(2000).max(2099).optional() })
  .strict()
export type GetMyDuesInput = z.infer<typeof getMyDuesInput>

export const memberRefInput = z.object({ orgId: id, memberId: id }).strict()
export type MemberRefInput = z.infer<typeof memberRefInput>

/** 微信转账 / 现金 / 银行; 微信支付 is written only by the function itself once it exists. */
const channel = z.enum(['transfer', 'cash', 'bank'], {
  errorMap: () => ({ message: '请选择缴纳方式：微信转账、现金或银行' }),
})

export const markPaidInput = z.object({ orgId: id, months, channel, note }).strict()
export type MarkPaidInput = z.infer<typeof markPaidInput>

export const confirmPaymentInput = z.object({ orgId: id, memberId: id, months }).strict()
export type ConfirmPaymentInput = z.infer<typeof confirmPaymentInput>

export const recordPaymentInput = z
  .object({ orgId: id, memberId: id, months, channel, note })
  .strict()
export type RecordPaymentInput = z.infer<typeof recordPaymentInput>

export const correctPaymentInput = z
  .object({
    orgId: id,
    memberId: id,
    month: duesMonth,
    /** + 补收, − 退还 or a wrong entry taken back; in 分, never 0. */
    amountFen: z
      .number({ invalid_type_error: '请填写更正金额' })
      .int('金额精确到分')
      .min(-10_000_000, '金额超出范围')
      .max(10_000_000, '金额超出范围')
      .refine((amount) => amount !== 0, '更正金额不能为 0'),
    reason,
    requestId: plainId(8, 64, '请求编号格式不正确，请重新打开页面'),
  })
  .strict()
export type CorrectPaymentInput = z.infer<typeof correctPaymentInput>

export const monthOverviewInput = z.object({ orgId: id, month: duesMonth }).strict()
export type MonthOverviewInput = z.infer<typeof monthOverviewInput>

/** The 台账 of a month or of months up to a year (`from` … `to`, inclusive). */
export const exportDuesLedgerInput = z
  .object({ orgId: id, from: duesMonth, to: duesMonth })
  .strict()
  .refine((input) => input.from <= input.to, '结束月份不能早于开始月份')
  .refine(({ from, to }) => to <= addMonths(from, 11), '一次最多导出 12 个月')
export type ExportDuesLedgerInput = z.infer<typeof exportDuesLedgerInput>

export const publicSummaryInput = z
  .object({ orgId: id, year: z.number().int().min(2000).max(2099) })
  .strict()
export type PublicSummaryInput = z.infer<typeof publicSummaryInput>

const band = z
  .object({
    upToFen: z.number().int().min(1).max(100_000_000).nullable(),
    basisPoints: z.number().int().min(0).max(1000),
  })
  .strict()
const bands = z
  .array(band)
  .min(1)
  .max(8)
  .refine(
    (list) =>
      list.every((entry, index) =>
        index === list.length - 1
          ? entry.upToFen === null
          : entry.upToFen !== null &&
            (index === 0 || entry.upToFen > (list[index - 1].upToFen ?? 0)),
      ),
    '档次须从低到高排列，最后一档不设上限',
  )

export const setRatesInput = z
  .object({
    orgId: id,
    rates: z
      .object({
        employed: bands,
        retired: bands,
        fixedFen: z
          .number()
          .int()
          .min(FIXED_DUES_RANGE_FEN.min, '定额每月 0.2 元至 1 元')
          .max(FIXED_DUES_RANGE_FEN.max, '定额每月 0.2 元至 1 元'),
      })
      .strict()
      // null: back to the 2008 规定's table.
      .nullable(),
  })
  .strict()
export type SetRatesInput = z.infer<typeof setRatesInput>

export const orgRefInput = z.object({ orgId: id }).strict()
export type OrgRefInput = z.infer<typeof orgRefInput>
