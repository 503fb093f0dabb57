import { defineAction } from '../../../_shared/action'
import { rows } from '../../../_shared/db'
import { notFound } from '../../../_shared/errors'
import { LEADERS } from '../../../_shared/policy'
import { createReminder, remindNow } from '../../../_shared/reminders'
import { messageData } from '../../../_shared/subscriptions'
import type { RemindResult } from '../../../../types/notice'
import { noticeRefInput } from '../../../../types/notice.schema'
import type { NoticeRecord } from '../../../_shared/records/notice'
import { audienceReads } from '../notices'
import { HOUR_MS } from '../../../../types/time'

/**
 * Reminds those who have not signed — only those who accepted notice reminders (one credit each). Taps
 * within the same hour are one reminder, so nobody is reminded twice by a leader tapping again.
 */
export const remindUnread = defineAction({
  schema: noticeRefInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId, noticeId }, context): Promise<RemindResult> {
    const { db } = context
    const now = new Date()
    const [notice] = await rows<NoticeRecord>(
      db.collection('notices').where({ _id: noticeId, orgId }).limit(1).get(),
    )
    if (!notice) throw notFound('通知')
    const unread = (await audienceReads(db, notice)).flatMap((row) =>
      row.unread.filter((openid): openid is string => Boolean(openid)),
    )
    const id = `noticeReminder:${noticeId}:${Math.floor(now.getTime() / HOUR_MS)}`
    await createReminder(db, {
      _id: id,
      template: 'noticeReminder',
      page: `packages/notice/detail/index?orgId=${orgId}&id=${noticeId}`,
      data: messageData('noticeReminder', { thing1: notice.title, thing2: notice.orgName }),
      recipients: unread,
    })
    const result = await remindNow(db, id, now)
    await context.audit({
      action: 'notice.remindUnread',
      orgId,
      target: noticeId,
      summary: `提醒未签阅的 ${unread.length} 人（已发送 ${result.reminded} 条）`,
    })
    return result
  },
})
