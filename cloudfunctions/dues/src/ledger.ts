import {
  A4_TEXT_TWIPS,
  gridTable,
  headedSheet,
  loadDocx,
  newWorkbook,
  printable,
  titledDocument,
} from '../../_shared/export-files'
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
 * The 党费台账 as Excel (and its summary as Word): sheet 党费台账 has one row per member per month — 应缴, 已缴, 待确认, 状态,
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

/** One month of the 台账: each member's month, and the totals the 月度汇总 and the Word summary show. */
interface LedgerMonth {
  month: string
  members: { row: MemberDuesRow; view: DuesMonth }[]
  dueFen: number
  receivedFen: number
  paid: number
  unpaid: number
  exempt: number
}

/** Each month of the period, judged as the 支委会's month judges it. */
function ledgerMonths(input: DuesLedgerInput): LedgerMonth[] {
  return monthsOf(input.from, input.to).map((month) => {
    const members = input.members.map((row) => ({
      row,
      view: monthView(month, baseFor(row.bases, month), row.entries),
    }))
    const views = members.map((member) => member.view)
    const owing = views.filter((view) => view.status !== 'exempt' && view.status !== 'undeclared')
    return {
      month,
      members,
      dueFen: owing.reduce((sum, view) => sum + (view.dueFen ?? 0), 0),
      receivedFen: views.reduce((sum, view) => sum + view.paidFen, 0),
      paid: owing.filter((view) => view.status === 'paid').length,
      unpaid: owing.filter((view) => view.status !== 'paid').length,
      exempt: views.filter((view) => view.status === 'exempt').length,
    }
  })
}

const nameOf = (row: MemberDuesRow) => row.user[0]?.nickname ?? '微信用户'

const exportedBy = (input: DuesLedgerInput) =>
  `${input.generatedBy} 于 ${shanghaiDay(input.generatedAt)} ${shanghaiClock(input.generatedAt)} 导出`

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
  for (const month of ledgerMonths(input)) {
    for (const { row, view } of month.members) {
      ledger.addRow({
        month: month.month,
        name: nameOf(row),
        due: yuan(view.dueFen),
        paid: yuan(view.paidFen),
        marked: view.markedFen ? yuan(view.markedFen) : '',
        status: DUES_STATUS_LABELS[view.status],
        channel: channelsOf(row, month.month),
      })
      rows += 1
    }
    summary.addRow({
      month: month.month,
      due: yuan(month.dueFen),
      received: yuan(month.receivedFen),
      paid: month.paid,
      unpaid: month.unpaid,
      exempt: month.exempt,
    })
  }
  summary.addRow({})
  summary.addRow({ month: exportedBy(input) })
  printable(ledger)
  printable(summary)
  return { content: Buffer.from(await workbook.xlsx.writeBuffer()), rows }
}

/**
 * The 党费收缴情况汇总 as Word, for filing and the 支委会: each month's 应缴, 已收 and head counts with a
 * 合计 row, then who has not paid (name, 应缴, 已缴, 状态 — what the Excel 台账 shows too), and the
 * signature lines. Amounts only, never a base.
 */
export async function duesSummaryDocx(input: DuesLedgerInput): Promise<Buffer> {
  const docx = await loadDocx()
  const { HeadingLevel, Paragraph, TextRun } = docx
  const months = ledgerMonths(input)
  const total = (pick: (month: LedgerMonth) => number) =>
    months.reduce((sum, month) => sum + pick(month), 0)
  const sixth = Math.floor(A4_TEXT_TWIPS / 6)
  const totals = gridTable(
    docx,
    ['月份', '应缴（元）', '已收（元）', '已缴（人）', '未缴（人）', '免交（人）'].map(
      (header) => ({
        header,
        twips: sixth,
      }),
    ),
    [
      ...months.map((month) => [
        month.month,
        yuan(month.dueFen),
        yuan(month.receivedFen),
        String(month.paid),
        String(month.unpaid),
        String(month.exempt),
      ]),
      ...(months.length > 1
        ? [
            [
              '合计（人次）',
              yuan(total((month) => month.dueFen)),
              yuan(total((month) => month.receivedFen)),
              String(total((month) => month.paid)),
              String(total((month) => month.unpaid)),
              String(total((month) => month.exempt)),
            ],
          ]
        : []),
    ],
  )
  const owing = months.flatMap((month) =>
    month.members
      .filter(({ view }) => view.status === 'unpaid' || view.status === 'marked')
      .map(({ row, view }) => [
        month.month,
        nameOf(row),
        yuan(view.dueFen),
        yuan(view.paidFen),
        DUES_STATUS_LABELS[view.status],
      ]),
  )
  const fifth = Math.floor(A4_TEXT_TWIPS / 5)
  const heading = (text: string) =>
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] })
  const period = input.from === input.to ? input.from : `${input.from} 至 ${input.to}`
  return titledDocument(docx, {
    title: `${input.orgName}党费收缴情况汇总`,
    subtitle: `${period}；${exportedBy(input)}`,
    body: [
      heading('一、收缴情况'),
      totals,
      heading('二、未缴及待确认'),
      owing.length === 0
        ? new Paragraph('这一时间段内党员均已按月缴纳。')
        : gridTable(
            docx,
            ['月份', '姓名', '应缴（元）', '已缴（元）', '状态'].map((header) => ({
              header,
              twips: fifth,
            })),
            owing,
          ),
      new Paragraph({
        spacing: { before: 480 },
        children: [new TextRun('组织委员（签字）：____________        书记（签字）：____________')],
      }),
    ],
  })
}
