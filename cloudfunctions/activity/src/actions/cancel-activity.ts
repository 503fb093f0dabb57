import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import type { ActivitySummary } from '../../../../types/activity'
import { cancelActivityInput } from '../../../../types/activity.schema'
import { findActivity, toSummary } from '../activities'
import { updatedCount } from '../../../_shared/db'

/** Calls an activity off before it ends, with a reason everyone who opens it sees. */
export const cancelActivity = defineAction({
  schema: cancelActivityInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId, reason }, { db, audit }): Promise<ActivitySummary> {
    const now = new Date()
    const _ = db.command
    const activity = await findActivity(db, orgId, activityId)
    const updated = await updatedCount(
      db
        .collection('activities')
        .where({ _id: activityId, status: 'published', endsAt: _.gt(now) })
        .update({ data: { status: 'cancelled', cancelReason: reason } }),
    )
    if (updated !== 1) {
      throw conflict(
        activity.status === 'cancelled' ? '这个活动已经取消了' : '活动已结束，不能取消',
      )
    }
    await audit({
      action: 'activity.cancelActivity',
      orgId,
      target: activityId,
      summary: `取消活动“${activity.title}”：${reason}`,
    })
    return toSummary({ ...activity, status: 'cancelled', cancelReason: reason }, 'none', now)
  },
})
