import { defineAction, grantOf } from '../../../_shared/action'
import { addOnce, aggregateRows } from '../../../_shared/db'
import { notFound } from '../../../_shared/errors'
import { ANY_ROLE, LEADERS, permits } from '../../../_shared/policy'
import type { NoticeDetail } from '../../../../types/notice'
import { noticeRefInput } from '../../../../types/notice.schema'
import { visibleIn } from '../../../_shared/records/notice'
import { noticeReadId, type NoticeReadRecord } from '../../../_shared/records/notice-read'
import { noticesWithMyRead, toSummary, type NoticeRow } from '../notices'

/**
 * Opening a notice signs for it (签阅) once: the receipt's id is notice × person, so concurrent opens
 * leave one receipt. The receipt itself is the append-only record of who signed when.
 */
export const openNotice = defineAction({
  schema: noticeRefInput,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, noticeId }, context): Promise<NoticeDetail> {
    const grant = grantOf(context)
    const { org } = grant
    const { db, caller } = context
    const [notice] = await aggregateRows<NoticeRow>(
      noticesWithMyRead(db, caller.openid, db.command.and([{ _id: noticeId }, visibleIn(db, org)]))
        .limit(1)
        .end(),
    )
    if (!notice) throw notFound('通知')
    let readAt = notice.myRead[0]?.readAt
    if (!readAt) {
      readAt = new Date()
      // 'exists': opened twice at once, and the other open's receipt stands.
      const receipt: NoticeReadRecord = {
        _id: noticeReadId(noticeId, caller.openid),
        noticeId,
        openid: caller.openid,
        orgId,
        readAt,
      }
      await addOnce(db, 'noticeReads', receipt)
    }
    return {
      ...toSummary(notice),
      read: true,
      body: notice.body,
      attachments: notice.attachments,
      readAt: new Date(readAt).toISOString(),
      canSeeReads: notice.orgId === orgId && permits(grant, LEADERS),
    }
  },
})
