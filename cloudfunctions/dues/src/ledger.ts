import { headedSheet, newWorkbook, printable } from '../../_shared/export-files'
import {
  DUES_STATUS_LABELS,
  PAYMENT_CHANNEL_LABELS,
  formatFen,
  type DuesMonth,
  type PaymentChannel,
} from '../../../types/dues'
import { shanghaiClock, shanghaiDay } from '../../../types/time'
import { addMonths, baseFor, monthView, type MemberDuesRow } from './dues'

/**
 * The 党费台账 as Excel: sheet 党费台账 has one row per member per month — 应缴, 已缴, 待确认, 状态,
 * 缴纳方式 — judged as the 支委会's month judges it; sheet 月度汇总 has each month's totals. It is
 * written from amounts only: a base never reaches this module.
 */
export interface DuesLedgerInput {
  orgName: string
  from: string
  to: string
  generatedAt: Date
  generatedBy: string
  members: MemberDuesRow[]
}

const yuan = (fen: number | null) => (fen === null ? '' : formatFen(fen))

function monthsOf(from: string, to: string): string[] {
  const months: string[] = []
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month)
  return months
}

/** The channels a month was paid by, as people name them (several for a month paid in parts). */
function channelsOf(row: MemberDuesRow, month: string): string {
  const channels = new Set(
    row.entries
      .filter((entry) => entry.month === month && entry.channel)
      .map((entry) => PAYMENT_CHANNEL_LABELS[entry.channel as PaymentChannel]),
  )
  return [...channels].join('、')
}

export async function duesLedgerXlsx(
  input: DuesLedgerInput,
): Promise<{ content: Buffer; rows: number }> {
  const workbook = await newWorkbook(input.generatedAt)
  const ledger = headedSheet(workbook, '党费台账', [
    { header: '月份', key: 'month', width: 10 },
    { header: '姓名', key: 'name', width: 14 },
    { header: '应缴（元）', key: 'due', width: 12 },
    { header: '已缴（元）', key: 'paid', width: 12 },
    { header: '待确认（元）', key: 'marked', width: 12 },
    { header: '状态', key: 'status', width: 10 },
    { header: '缴纳方式', key: 'channel', width: 16 },
  ])
  const summary = headedSheet(workbook, '月度汇总', [
    { header: '月份', key: 'month', width: 10 },
    { header: '应缴（元）', key: 'due', width: 12 },
    { header: '已收（元）', key: 'received', width: 12 },
    { header: '已缴（人）', key: 'paid', width: 10 },
    { header: '未缴（人）', key: 'unpaid', width: 10 },
    { header: '免交（人）', key: 'exempt', width: 10 },
  ])
  let rows = 0
  for (const month of monthsOf(input.from, input.to)) {
    const views: DuesMonth[] = []
    for (const member of input.members) {
      const view = monthView(month, baseFor(member.bases, month), member.entries)
      views.push(view)
      ledger.addRow({
        month,
        name: member.user[0]?.nickname ?? '微信用户',
        due: yuan(view.dueFen),
        paid: yuan(view.paidFen),
        marked: view.markedFen ? yuan(view.markedFen) : '',
        status: DUES_STATUS_LABELS[view.status],
        channel: channelsOf(member, month),
      })
      rows += 1
    }
    const owing = views.filter((view) => view.status !== 'exempt' && view.status !== 'undeclared')
    summary.addRow({
      month,
      due: yuan(owing.reduce((sum, view) => sum + (view.dueFen ?? 0), 0)),
      received: yuan(views.reduce((sum, view) => sum + view.paidFen, 0)),
      paid: owing.filter((view) => view.status === 'paid').length,
      unpaid: owing.filter((view) => view.status !== 'paid').length,
      exempt: views.filter((view) => view.status === 'exempt').length,
    })
  }
  summary.addRow({})
  summary.addRow({
    month: `${input.generatedBy} 于 ${shanghaiDay(input.generatedAt)} ${shanghaiClock(input.generatedAt)} 导出`,
  })
  printable(ledger)
  printable(summary)
  return { content: Buffer.from(await workbook.xlsx.writeBuffer()), rows }
}
