import { openapiOutbox } from '../../emulator/openapi'
import { as, replyAs } from '../../test/helpers/client'
import { callOk, DEMO_SEEDED_AT, seedDemo, storeContents } from '../../test/helpers/cloud'
import { DUES_FACTS } from '../../emulator/demo/seed-dues'
import { shanghaiMonth } from '../../types/time'

const { orgId } = DUES_FACTS
/** The demo’s month: a few unpaid (DUES_FACTS), one marked, one exempt. */
const month = shanghaiMonth(DEMO_SEEDED_AT)

const acceptDuesReminders = (openid: string) =>
  callOk({ openid }, 'user', { action: 'recordSubscriptions', accepted: ['duesReminder'] })

const credits = (openid: string) =>
  (storeContents().subscriptions as { _id: string; credits: number }[]).find(
    (row) => row._id === `${openid}_duesReminder`,
  )?.credits ?? 0

const duesSends = () =>
  openapiOutbox().filter(
    (entry) =>
      entry.api === 'subscribeMessage.send' &&
      !entry.errCode &&
      String(entry.params.page).startsWith('packages/dues/'),
  )

beforeAll(async () => {
  await seedDemo()
  // Two of the unpaid, the member who has paid and the one who marked paid accept dues reminders;
  // the overdue member never did.
  for (const openid of [DUES_FACTS.behind, DUES_FACTS.late, 'o_demo_member', DUES_FACTS.marked])
    await acceptDuesReminders(openid)
})

describe('党费: one tap reminds the month’s unpaid', () => {
  it('the unpaid who accepted get the month and their own amount; the paid and the marked get nothing; those without a credit are counted', async () => {
    const result = await as('secretary').dues.remindUnpaid({ orgId, month })
    expect(result).toEqual({ reminded: 2, withoutCredit: 1, pending: 0 })

    const sends = duesSends()
    expect(sends.map((entry) => entry.params.touser).sort()).toEqual(
      [DUES_FACTS.behind, DUES_FACTS.late].sort(),
    )
    const dataOf = (openid: string) =>
      sends.find((entry) => entry.params.touser === openid)?.params.data as Record<
        string,
        { value: string }
      >
    // 3 000 元 in work: 0.5 % → 15.00 元; 7 300 元: 1.5 % → 109.50 元 — each sees only their own.
    expect(dataOf(DUES_FACTS.behind)).toEqual({
      thing1: { value: '2026年11月党费' },
      amount2: { value: '¥15.00' },
      thing3: { value: '请向第一党支部缴纳' },
    })
    expect(dataOf(DUES_FACTS.late).amount2).toEqual({ value: '¥109.50' })
    expect(JSON.stringify(dataOf(DUES_FACTS.behind))).not.toContain('109.50')

    expect(credits('o_demo_member')).toBe(1)
    expect(credits(DUES_FACTS.marked)).toBe(1)
    expect(credits(DUES_FACTS.behind)).toBe(0)
    expect(storeContents().audit).toContainEqual(
      expect.objectContaining({
        action: 'dues.remindUnpaid',
        orgId,
        actor: 'o_demo_secretary',
        target: month,
      }),
    )
  })

  it('each reminded member finds 党费缴纳提醒 in 消息 with the month and their own amount, credit or not; the paid find nothing', async () => {
    const duesMessages = async (openid: string) =>
      (await as({ openid }).inbox.listMine({})).items.filter((item) => item.kind === 'duesReminder')
    const [behind] = await duesMessages(DUES_FACTS.behind)
    expect(behind).toMatchObject({
      title: '党费缴纳提醒',
      body: '2026年11月党费，¥15.00，请向第一党支部缴纳',
      link: `packages/dues/mine/index?orgId=${orgId}`,
    })
    // The overdue member gave no credit: no push, but the same words wait in 消息.
    expect((await duesMessages(DUES_FACTS.overdue)).map((item) => item.body)).toEqual([
      expect.stringContaining('请向第一党支部缴纳'),
    ])
    expect(await duesMessages('o_demo_member')).toEqual([])
    expect(await duesMessages(DUES_FACTS.marked)).toEqual([])
  })

  it('a second tap the same day is refused with the time of the first, and sends nothing', async () => {
    await acceptDuesReminders(DUES_FACTS.behind)
    const sent = duesSends().length
    const before = storeContents()
    const again = await replyAs('committee').dues.remindUnpaid({ orgId, month })
    expect(again).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    if (again.ok) return
    expect(again.message).toMatch(/^今天 \d{2}:\d{2} 已提醒过2026年11月未缴党费的党员/)
    expect(duesSends()).toHaveLength(sent)
    expect(storeContents()).toEqual(before)
  })

  it('another month is its own reminder the same day', async () => {
    const result = await as('secretary').dues.remindUnpaid({ orgId, month: '2026-10' })
    // October: only the member two months behind and the overdue one are unpaid; the former has a credit.
    expect(result).toEqual({ reminded: 1, withoutCredit: 1, pending: 0 })
  })

  it('a member cannot remind anyone, and nothing is written', async () => {
    const before = storeContents()
    const reply = await replyAs('member').dues.remindUnpaid({ orgId, month })
    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(storeContents()).toEqual(before)
  })
})
