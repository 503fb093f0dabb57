import { defineAction } from '../../../_shared/action'
import { updatedCount } from '../../../_shared/db'
import { conflict, forbidden } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import { activityFlagNote, type ActivitySummary } from '../../../../types/activity'
import { reviewActivityInput } from '../../../../types/activity.schema'
import { findActivity, toSummary } from '../activities'

const DECLINED = '内容未通过支委审核'

/**
 * A 支委 (or an admin above) other than its publisher reads an activity content security held and
 * publishes it anyway or declines it (cancelled, with the reason); decided once, by whoever is first.
 */
export const reviewActivity = defineAction({
  schema: reviewActivityInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId, publish }, { db, caller, audit }): Promise<ActivitySummary> {
    const now = new Date()
    const activity = await findActivity(db, orgId, activityId)
    if (activity.status !== 'held') throw conflict('这个活动不在待审核中，请刷新')
    if (activity.createdBy === caller.openid) {
      throw forbidden('不能审核自己发布的活动，请由其他支委或上级管理员审核')
    }
    const change = publish
      ? { status: 'published' as const }
      : { status: 'cancelled' as const, cancelReason: DECLINED }
    const updated = await updatedCount(
      db
        .collection('activities')
        .where({ _id: activityId, status: 'held' })
        .update({ data: { ...change, reviewedBy: caller.openid, reviewedAt: now } }),
    )
    if (updated !== 1) throw conflict('这个活动已经审核过了，请刷新')
    await audit({
      action: 'activity.reviewActivity',
      orgId,
      target: activityId,
      summary: `${publish ? '审核后发布' : '不予发布'}活动“${activity.title}”（${activityFlagNote(
        activity.contentFlag ?? '',
      )}）`,
    })
    return toSummary({ ...activity, ...change }, 'none', now)
  },
})
