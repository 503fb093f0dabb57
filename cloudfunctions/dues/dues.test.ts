import ExcelJS from 'exceljs'
import { cloud } from '../../emulator/local-cloud'
import { as, replyAs } from '../../test/helpers/client'
import { DEMO_SEEDED_AT, seedDemo, storeContents } from '../../test/helpers/cloud'
import { peopleOf } from '../../emulator/demo/facts'
import { DUES_FACTS } from '../../emulator/demo/seed-dues'
import { DEFAULT_DUES_RATES, formatFen } from '../../types/dues'
import { shanghaiMonth } from '../../types/time'
import { addMonths } from './src/dues'

const orgId = 'org-branch-1'
/** The functions count months on the real clock. */
const now = shanghaiMonth(new Date())
const next = addMonths(now, 1)
const ledger = () => storeContents().duesEntries as { _id: string; openid: string; month: string }[]

beforeAll(async () => {
  await seedDemo()
  // 4 500 元 after tax: 1 % → 45.00 元 a month.
  await as('member').dues.declareBase({ orgId, category: 'employed', baseFen: 450_000 })
})

describe('党费: a member declares, pays, a collector confirms, the secretary sees the month', () => {
  it('the member sees their base and the month’s due at the rate for their band', async () => {
    const mine = await as('member').dues.getMyDues({ orgId })
    expect(mine.base).toMatchObject({ category: 'employed', baseFen: 450_000, monthlyDueFen: 4500 })
    expect(mine.months.find((month) => month.month === now)).toMatchObject({ dueFen: 4500 })
  })

  it('marking paid twice writes one entry; confirming makes it paid; every other member recorded completes the month', async () => {
    expect(
      await as('member').dues.markPaid({ orgId, months: [next], channel: 'transfer', note: '' }),
    ).toEqual({ written: 1, already: 0 })
    expect(
      await as('member').dues.markPaid({ orgId, months: [next], channel: 'transfer' }),
    ).toEqual({ written: 0, already: 1 })
    expect(ledger().filter((e) => e.openid === 'o_demo_member' && e.month === next)).toHaveLength(1)

    const before = await as('committee').dues.monthOverview({ orgId, month: next })
    expect(before.members.find((row) => row.openid === 'o_demo_member')).toMatchObject({
      status: 'marked',
      markedFen: 4500,
    })
    expect(
      await as('committee').dues.confirmPayment({
        orgId,
        memberId: 'o_demo_member',
        months: [next],
      }),
    ).toEqual({ written: 1, already: 0 })

    // Everyone else owing pays the collector in cash; those without a base declare one first.
    for (const openid of peopleOf(orgId).filter((id) => id !== 'o_demo_member')) {
      await as('committee').dues.declareBase({
        orgId,
        memberId: openid,
        category: 'fixed',
        fromMonth: next,
      })
      await as('committee').dues.recordPayment({
        orgId,
        memberId: openid,
        months: [next],
        channel: 'cash',
      })
    }
    const reply = await replyAs('secretary').dues.monthOverview({ orgId, month: next })
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.roundTrips).toBeLessThanOrEqual(3)
    expect(reply.data).toMatchObject({ unpaid: 0, paid: peopleOf(orgId).length })
    expect(reply.data.members.find((row) => row.openid === 'o_demo_member')).toMatchObject({
      status: 'paid',
      paidFen: 4500,
    })
    expect(JSON.stringify(reply.data)).not.toContain('baseFen')
  })

  it('a correction is a new entry with its reason; the payment it corrects is unchanged', async () => {
    const payment = ledger().find((e) => e.openid === 'o_demo_member' && e.month === next)
    const correction = {
      orgId,
      memberId: 'o_demo_member',
      month: next,
      amountFen: -4500,
      reason: '重复收款，已退还',
      requestId: 'dues-correct-0001',
    }
    expect(await as('committee').dues.correctPayment(correction)).toEqual({
      written: 1,
      already: 0,
    })
    expect(await as('committee').dues.correctPayment(correction)).toEqual({
      written: 0,
      already: 1,
    })
    const entries = ledger().filter((e) => e.openid === 'o_demo_member' && e.month === next)
    expect(entries).toHaveLength(2)
    expect(entries).toContainEqual(payment)
    expect(entries).toContainEqual(
      expect.objectContaining({ kind: 'correction', amountFen: -4500, reason: '重复收款，已退还' }),
    )
    const overview = await as('secretary').dues.monthOverview({ orgId, month: next })
    expect(overview.members.find((row) => row.openid === 'o_demo_member')).toMatchObject({
      status: 'unpaid',
      paidFen: 0,
    })
  })
})

describe('党费: nobody but the member and the 支委会 reads a base', () => {
  it('a member asking for another member’s base is refused and nothing is written', async () => {
    const before = storeContents()
    const reply = await replyAs('member').dues.getBase({ orgId, memberId: 'o_demo_committee' })
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const declared = await replyAs('member').dues.declareBase({
      orgId,
      memberId: 'o_demo_committee',
      category: 'employed',
      baseFen: 100,
    })
    expect(declared).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })

  it('the secretary reading a member’s base leaves a line in the audit trail', async () => {
    const base = await as('secretary').dues.getBase({ orgId, memberId: 'o_demo_member' })
    expect(base).toMatchObject({ baseFen: 450_000 })
    expect(storeContents().audit).toContainEqual(
      expect.objectContaining({
        action: 'dues.getBase',
        actor: 'o_demo_secretary',
        target: 'o_demo_member',
      }),
    )
  })

  it('a member cannot exempt themselves; an exemption needs the branch’s reason; an exempt month cannot be paid', async () => {
    const before = storeContents()
    const selfExempt = await replyAs('member').dues.declareBase({
      orgId,
      category: 'exempt',
      reason: '本人申请免交',
    })
    expect(selfExempt).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const refused = await replyAs('committee').dues.declareBase({
      orgId,
      memberId: 'o_demo_07',
      category: 'exempt',
    })
    expect(refused).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    expect(storeContents()).toEqual(before)
    await as('committee').dues.declareBase({
      orgId,
      memberId: 'o_demo_07',
      category: 'exempt',
      reason: '享受最低生活保障，经支委会研究免交',
      fromMonth: next,
    })
    const paying = await replyAs({ openid: 'o_demo_07' }).dues.markPaid({
      orgId,
      months: [next],
      channel: 'cash',
    })
    expect(paying).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
  })
})

describe('党费: the quiet flag and the public summary', () => {
  it('six unpaid months in a row are flagged to the secretary and to nobody else', async () => {
    const month = addMonths(now, 12) // nothing is paid that far ahead
    const secretary = await as('secretary').dues.monthOverview({ orgId, month })
    expect(secretary.members.find((row) => row.openid === 'o_demo_member')).toMatchObject({
      overdue: true,
    })
    for (const who of ['committee', { openid: 'o_demo_deputy' }] as const) {
      const overview = await as(who).dues.monthOverview({ orgId, month })
      expect(overview.members.some((row) => 'overdue' in row)).toBe(false)
    }
  })

  it('党务公开 shows what was received and how many paid, without names or amounts per person', async () => {
    // 第二党支部's demo year runs to the seed's month, with one member late in it (seed-dues.ts);
    // this month nobody has paid until its secretary records one member (at the fixed rate).
    const branch2 = DUES_FACTS.elsewhere.orgId
    const [secretary, member] = [{ openid: 'o_demo_02' }, { openid: 'o_demo_05' }]
    await as(secretary).dues.declareBase({
      orgId: branch2,
      memberId: member.openid,
      category: 'fixed',
    })
    await as(secretary).dues.recordPayment({
      orgId: branch2,
      memberId: member.openid,
      months: [now],
      channel: 'cash',
    })
    const summary = await as(member).dues.publicSummary({
      orgId: branch2,
      year: Number(now.slice(0, 4)),
    })
    const people = peopleOf(branch2).length
    expect(summary.months.find((row) => row.month === now)).toEqual({
      month: now,
      receivedFen: 20,
      paid: 1,
      unpaid: people - 1,
    })
    const seeded = await as(member).dues.publicSummary({
      orgId: branch2,
      year: Number(shanghaiMonth(DEMO_SEEDED_AT).slice(0, 4)),
    })
    expect(seeded.months.find((row) => row.month === shanghaiMonth(DEMO_SEEDED_AT))).toMatchObject({
      paid: people - 1,
      unpaid: 1,
    })
    const text = JSON.stringify(summary)
    for (const openid of peopleOf(branch2)) expect(text).not.toContain(openid)
    expect(text).not.toMatch(/nickname|openid|dueFen/)
  })
})

describe('党费: the demo year of 第一党支部', () => {
  /** The month of seedDemo's clock (test/helpers/cloud.ts). */
  const seeded = '2026-11'

  it('the secretary’s month shows the few who have not paid, the exemption and the one overdue', async () => {
    const overview = await as('secretary').dues.monthOverview({ orgId, month: seeded })
    const statusOf = (openid: string) => overview.members.find((row) => row.openid === openid)
    expect(statusOf(DUES_FACTS.exempt)).toMatchObject({ status: 'exempt', dueFen: 0 })
    expect(statusOf(DUES_FACTS.marked)).toMatchObject({ status: 'marked' })
    expect(statusOf(DUES_FACTS.overdue)).toMatchObject({ status: 'unpaid', overdue: true })
    expect(statusOf(DUES_FACTS.behind)).toMatchObject({ status: 'unpaid', overdue: false })
    expect(statusOf(DUES_FACTS.late)).toMatchObject({ status: 'unpaid', overdue: false })
    expect(overview.unpaid).toBe(4)
    expect(overview.paid).toBe(peopleOf(orgId).length - 5)
  })

  it('党务公开 for the year counts November’s payers and non-payers, without names', async () => {
    const summary = await as('member').dues.publicSummary({ orgId, year: 2026 })
    const november = summary.months.find((row) => row.month === seeded)
    expect(november).toMatchObject({ paid: peopleOf(orgId).length - 5, unpaid: 4 })
    expect(november?.receivedFen).toBeGreaterThan(0)
  })
  it('the secretary’s 党费台账 opens in Excel: a row per member per month with due, paid, status and channel — no base', async () => {
    // Everyone active in the branch, as the secretary's month lists them.
    const overview = await as('secretary').dues.monthOverview({ orgId, month: seeded })
    const members = overview.members.length
    const exported = await as('secretary').dues.exportLedger({ orgId, from: '2026-10', to: seeded })
    expect(exported.rows).toBe(members * 2)
    expect(exported.xlsx.name).toBe('第一党支部党费台账（2026-10至2026-11）.xlsx')

    const file = (await cloud.downloadFile({ fileID: exported.xlsx.fileID })) as {
      fileContent: Buffer
    }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.fileContent as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('党费台账')
    const table = (sheet?.getSheetValues() ?? [])
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1).map((cell) => String(cell ?? '')))
    expect(table[0]).toEqual([
      '月份',
      '姓名',
      '应缴（元）',
      '已缴（元）',
      '待确认（元）',
      '状态',
      '缴纳方式',
    ])
    expect(table).toHaveLength(1 + members * 2)

    const nameOf = (openid: string) =>
      overview.members.find((row) => row.openid === openid)?.nickname ?? ''
    const rowOf = (openid: string) =>
      table.find((row) => row[0] === seeded && row[1] === nameOf(openid))
    // 书记: 8 600 元 in work, 1.5 % → 129.00 元, paid and confirmed.
    expect(rowOf('o_demo_secretary')?.slice(2, 6)).toEqual(['129.00', '129.00', '', '已缴'])
    const [, , markedDue, ...marked] = rowOf(DUES_FACTS.marked) ?? []
    expect(marked).toEqual(['0.00', markedDue, '待确认', '微信转账'])
    expect(rowOf(DUES_FACTS.overdue)?.slice(3)).toEqual(['0.00', '', '未缴', ''])
    expect(rowOf(DUES_FACTS.exempt)?.slice(2)).toEqual(['0.00', '0.00', '', '免交', ''])
    // Amounts only: the 书记's base (8 600 元) is nowhere in the file.
    expect(JSON.stringify(table)).not.toMatch(/8600|860000|基数/)

    const summary = workbook.getWorksheet('月度汇总')
    // Row 1 is the header, row 2 October: November's totals agree with the secretary's month.
    expect(summary?.getRow(3).values).toEqual([
      undefined,
      seeded,
      formatFen(overview.dueFen),
      formatFen(overview.paidFen),
      overview.paid,
      overview.unpaid,
      1,
    ])
    expect(storeContents().audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'dues.exportLedger', orgId, actor: 'o_demo_secretary' }),
      ]),
    )
  })
  it('a member asking for the 党费台账 is refused; more than a year, or an end before the start, is refused with what to pick — nothing written', async () => {
    const before = storeContents()
    expect(
      await replyAs('member').dues.exportLedger({ orgId, from: seeded, to: seeded }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(
      await replyAs('secretary').dues.exportLedger({ orgId, from: '2025-11', to: seeded }),
    ).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '一次最多导出 12 个月' })
    expect(
      await replyAs('secretary').dues.exportLedger({ orgId, from: seeded, to: '2026-10' }),
    ).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '结束月份不能早于开始月份' })
    expect(storeContents()).toEqual(before)
  })
})

describe('who pays 党费', () => {
  it('an 入党积极分子 of the branch is not on the month’s list, and a collector cannot record dues for them', async () => {
    const overview = await as('secretary').dues.monthOverview({ orgId, month: now })
    expect(overview.members.map((row) => row.openid)).not.toContain('o_demo_activist')
    expect(overview.members.map((row) => row.openid).sort()).toEqual([...peopleOf(orgId)].sort())

    const before = storeContents()
    const refused = await replyAs('secretary').dues.recordPayment({
      orgId,
      memberId: 'o_demo_activist',
      months: [now],
      channel: 'cash',
    })
    expect(refused).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(storeContents()).toEqual(before)
  })

  it('an 入党积极分子 cannot declare a base or mark a month paid (党费 is the 党员’s), and nothing is written', async () => {
    const activist = { openid: 'o_demo_activist' }
    const before = storeContents()
    const declared = await replyAs(activist).dues.declareBase({
      orgId,
      category: 'employed',
      baseFen: 300_000,
    })
    const marked = await replyAs(activist).dues.markPaid({ orgId, months: [now], channel: 'cash' })
    for (const reply of [declared, marked])
      expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })
})

describe('党费标准: the branch’s own table', () => {
  afterEach(() => as('secretary').dues.setRates({ orgId, rates: null }))

  it('the 书记 sets the fixed amount and a percentage; declarations from then on use it, and 恢复 goes back', async () => {
    const before = await as('member').dues.getRates({ orgId })
    expect(before).toEqual({ rates: DEFAULT_DUES_RATES, custom: false, canEdit: false })
    expect((await as('secretary').dues.getRates({ orgId })).canEdit).toBe(true)

    const employed = DEFAULT_DUES_RATES.employed.map((band, index) =>
      index === 1 ? { ...band, basisPoints: 120 } : band,
    )
    const set = await as('secretary').dues.setRates({
      orgId,
      rates: { ...DEFAULT_DUES_RATES, employed, fixedFen: 50 },
    })
    expect(set).toMatchObject({ custom: true, canEdit: true, rates: { fixedFen: 50 } })
    expect(await as('member').dues.getRates({ orgId })).toMatchObject({
      custom: true,
      rates: { fixedFen: 50, employed },
    })
    // 4 500 元 is in the 3 000–5 000 band, now 1.2 %: 54.00 元.
    await as('member').dues.declareBase({ orgId, category: 'employed', baseFen: 450_000 })
    expect((await as('member').dues.getMyDues({ orgId })).base?.monthlyDueFen).toBe(5400)
    const audit = (storeContents().audit ?? []) as { action: string; summary: string }[]
    expect(audit.map((entry) => entry.summary)).toContain('修改党费标准（定额每月 0.50 元）')

    expect(await as('secretary').dues.setRates({ orgId, rates: null })).toEqual({
      rates: DEFAULT_DUES_RATES,
      custom: false,
      canEdit: true,
    })
    await as('member').dues.declareBase({ orgId, category: 'employed', baseFen: 450_000 })
    expect((await as('member').dues.getMyDues({ orgId })).base?.monthlyDueFen).toBe(4500)
  })

  it('refuses bands out of order or a fixed amount outside 0.2–1 元, and writes nothing', async () => {
    const before = storeContents().duesSettings
    for (const rates of [
      { ...DEFAULT_DUES_RATES, fixedFen: 150 },
      { ...DEFAULT_DUES_RATES, employed: [...DEFAULT_DUES_RATES.employed].reverse() },
    ]) {
      const reply = await replyAs('secretary').dues.setRates({ orgId, rates })
      expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    }
    expect(storeContents().duesSettings).toEqual(before)
  })
})
