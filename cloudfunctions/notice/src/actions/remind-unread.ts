import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { notFound } from '../../../_shared/errors'
import { LEADERS } from '../../../_shared/policy'
import { sendWithCredit } from '../../../_shared/subscriptions'
import { noticeRefInput } from '../../../../types/notice.schema'
import { audienceReads, type NoticeRecord } from '../notices'

/** Reminds those who have not signed — only those who accepted notice reminders (one credit each). */
export const remindUnread = defineAction({
  schema: noticeRefInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId, noticeId }, context) {
    const { db } = context
    const [notice] = await rows<NoticeRecord>(
      db.collection('notices').where({ _id: noticeId, orgId }).limit(1).get(),
    )
    if (!notice) throw notFound('通知')
    const unread = (await audienceReads(db, notice)).flatMap((row) =>
      row.unread.filter((openid): openid is string => Boolean(openid)),
    )
    let reminded = 0
    for (const openid of unread) {
      const sent = await sendWithCredit(db, {
        touser: openid,
        template: 'noticeReminder',
        page: `packages/notice/detail/index?id=${noticeId}`,
        data: { thing1: { value: notice.title.slice(0, 20) }, thing2: { value: notice.orgName } },
      })
      if (sent) reminded += 1
    }
    await context.audit({
      action: 'notice.remindUnread',
      orgId,
      target: noticeId,
      summary: `提醒未签阅的 ${unread.length} 人（已发送 ${reminded} 条）`,
    })
    return { reminded, withoutCredit: unread.length - reminded }
  },
})
