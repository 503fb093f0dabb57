import { cloud } from '../../emulator/local-cloud'
import { peopleOf } from '../../emulator/demo/facts'
import { DUES_FACTS } from '../../emulator/demo/seed-dues'
import { readDocx } from '../../test/helpers/docx'
import { as } from '../../test/helpers/client'
import { DEMO_SEEDED_AT, seedDemo } from '../../test/helpers/cloud'
import { formatFen } from '../../types/dues'
import { shanghaiMonth } from '../../types/time'

const { orgId } = DUES_FACTS
/** The demo's month, 2026-11: the few unpaid and the one marked are in DUES_FACTS. */
const seeded = shanghaiMonth(DEMO_SEEDED_AT)

async function summaryOf(from: string, to: string) {
  const exported = await as('secretary').dues.exportLedger({ orgId, from, to })
  const file = (await cloud.downloadFile({ fileID: exported.docx.fileID })) as {
    fileContent: Buffer
  }
  return { exported, ...(await readDocx(file.fileContent)) }
}

beforeAll(() => seedDemo())

describe('党费: the 收缴情况汇总 in Word', () => {
  it('the year’s summary opens in Word with each month’s totals and head counts, a 合计, and who has not paid', async () => {
    const { exported, text, tables } = await summaryOf('2026-01', seeded)
    expect(exported.docx.name).toBe('第一党支部党费收缴情况汇总（2026-01至2026-11）.docx')
    expect(text[0]).toBe('第一党支部党费收缴情况汇总')
    expect(text[1]).toMatch(/^2026-01 至 2026-11；.+ 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 导出$/)

    const [totals, owing] = tables
    expect(totals[0]).toEqual([
      '月份',
      '应缴（元）',
      '已收（元）',
      '已缴（人）',
      '未缴（人）',
      '免交（人）',
    ])
    expect(totals).toHaveLength(1 + 11 + 1)
    // November agrees with the secretary's month: 4 unpaid (3 unpaid and 1 marked), 1 exempt.
    const november = await as('secretary').dues.monthOverview({ orgId, month: seeded })
    const members = peopleOf(orgId).length
    expect(totals.find((row) => row[0] === seeded)).toEqual([
      seeded,
      formatFen(november.dueFen),
      formatFen(november.paidFen),
      String(members - 5),
      '4',
      '1',
    ])
    // January: everyone but the exempt member paid.
    expect(totals.find((row) => row[0] === '2026-01')?.slice(3)).toEqual([
      String(members - 1),
      '0',
      '1',
    ])
    const sum = (column: number) =>
      totals.slice(1, -1).reduce((total, row) => total + Math.round(Number(row[column]) * 100), 0)
    expect(totals[totals.length - 1]).toEqual([
      '合计（人次）',
      formatFen(sum(1)),
      formatFen(sum(2)),
      ...[3, 4, 5].map((column) =>
        String(totals.slice(1, -1).reduce((total, row) => total + Number(row[column]), 0)),
      ),
    ])

    const nameOf = (openid: string) =>
      november.members.find((row) => row.openid === openid)?.nickname ?? openid
    const monthsOwedBy = (openid: string) =>
      owing.filter((row) => row[1] === nameOf(openid)).map((row) => row[0])
    expect(owing[0]).toEqual(['月份', '姓名', '应缴（元）', '已缴（元）', '状态'])
    // Unpaid the last 7 months, the last 2, this one; marked this one; the exempt member never.
    expect(monthsOwedBy(DUES_FACTS.overdue)).toHaveLength(7)
    expect(monthsOwedBy(DUES_FACTS.behind)).toEqual(['2026-10', seeded])
    expect(monthsOwedBy(DUES_FACTS.late)).toEqual([seeded])
    expect(owing.find((row) => row[1] === nameOf(DUES_FACTS.marked))?.[4]).toBe('待确认')
    expect(monthsOwedBy(DUES_FACTS.exempt)).toEqual([])
    expect(owing).toHaveLength(1 + 7 + 2 + 1 + 1)
    // 3 000 元 in work: 0.5 % → 15.00 元 due, nothing paid.
    expect(owing.find((row) => row[1] === nameOf(DUES_FACTS.behind))?.slice(2)).toEqual([
      '15.00',
      '0.00',
      '未缴',
    ])
    // Amounts only: the 书记's base (8 600 元) is nowhere in the file.
    expect(JSON.stringify({ text, tables })).not.toMatch(/8600|860000|基数/)
  })

  it('a month’s summary has that month alone, without a 合计', async () => {
    const { exported, tables } = await summaryOf('2026-10', '2026-10')
    expect(exported.docx.name).toBe('第一党支部党费收缴情况汇总（2026-10）.docx')
    expect(tables[0].map((row) => row[0])).toEqual(['月份', '2026-10'])
  })
})
