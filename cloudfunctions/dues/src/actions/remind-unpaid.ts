import { defineAction, grantOf } from '../../../_shared/action'
import { rateLimited } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import { createReminder, findReminder, remindNow } from '../../../_shared/reminders'
import { messageData } from '../../../_shared/subscriptions'
import type { RemindResult } from '../../../../types/notice'
import { monthOverviewInput } from '../../../../types/dues.schema'
import { monthLabel } from '../../../../types/dues'
import { shanghaiClock, shanghaiDay } from '../../../../types/time'
import { baseFor, membersWithDues, monthView } from '../dues'

/**
 * 一键提醒: the 支委会 reminds every member who has not paid `month` — by subscribe message, to those who
 * accepted dues reminders (one credit each). Each message carries the month and that member's own
 * amount still due, nobody else's. One tap per branch and month a day: a second is RATE_LIMITED.
 */
export const remindUnpaid = defineAction({
  schema: monthOverviewInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, month }, context): Promise<RemindResult> {
    const { db } = context
    const org = grantOf(context).org
    const now = new Date()
    const id = `duesReminder:${orgId}:${month}:${shanghaiDay(now)}`
    const earlier = await findReminder(db, id)
    if (earlier) throw alreadyToday(month, earlier.createdAt)

    const found = await membersWithDues(db, orgId, month, month)
    // The one list of who is reminded, each with what they still owe (createReminder puts the same
    // words in each one's 消息).
    const owing = found.flatMap((row) => {
      const view = monthView(month, baseFor(row.bases, month), row.entries)
      const dueFen = (view.dueFen ?? 0) - view.paidFen
      return view.status === 'unpaid' && dueFen > 0 ? [{ openid: row.openid, dueFen }] : []
    })
    const message = (dueFen: number) =>
      messageData('duesReminder', {
        thing1: `${monthLabel(month)}党费`,
        amount2: dueFen,
        thing3: `请向${org.name}缴纳`,
      })
    const made = await createReminder(
      db,
      {
        _id: id,
        template: 'duesReminder',
        page: `packages/dues/mine/index?orgId=${orgId}`,
        // Every message is that member's own: the whole data is per person.
        data: {},
        dataFor: Object.fromEntries(owing.map(({ openid, dueFen }) => [openid, message(dueFen)])),
        recipients: owing.map((member) => member.openid),
      },
      now,
    )
    // Two taps at once: the other one made it.
    if (!made) throw alreadyToday(month, (await findReminder(db, id))?.createdAt ?? now)
    const result = await remindNow(db, id, now)
    await context.audit({
      action: 'dues.remindUnpaid',
      orgId,
      target: month,
      summary: `提醒 ${month} 未缴党费的 ${owing.length} 人（已发送 ${result.reminded} 条）`,
    })
    return result
  },
})

function alreadyToday(month: string, at: Date) {
  return rateLimited(
    `今天 ${shanghaiClock(at)} 已提醒过${monthLabel(month)}未缴党费的党员，每月的提醒一天一次，请明天再提醒`,
  )
}
