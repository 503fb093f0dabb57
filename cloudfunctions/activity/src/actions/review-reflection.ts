import { defineAction } from '../../../_shared/action'
import { conflict } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import { reviewReflectionInput } from '../../../../types/activity.schema'
import { findActivity } from '../activities'
import { signupId } from '../../../_shared/records/signup'
import { updatedCount } from '../../../_shared/db'

/** A 支委 reads a held 心得 and publishes or declines it; decided once, by whoever is first. */
export const reviewReflection = defineAction({
  schema: reviewReflectionInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId, memberId, approve }, { db, caller, audit }) {
    const _ = db.command
    const now = new Date()
    const activity = await findActivity(db, orgId, activityId)
    const status = approve ? ('approved' as const) : ('rejected' as const)
    const updated = await updatedCount(
      db
        .collection('signups')
        .where({ _id: signupId(activityId, memberId), 'reflection.status': 'held' })
        .update({
          data: { reflection: { status, reviewedBy: caller.openid, reviewedAt: now } },
        }),
    )
    if (updated !== 1) throw conflict('这条心得已经处理过了，请刷新')
    if (approve) {
      await db
        .collection('activities')
        .where({ _id: activityId })
        .update({ data: { reflectionCount: _.inc(1) } })
    }
    await audit({
      action: 'activity.reviewReflection',
      orgId,
      target: memberId,
      summary: `${approve ? '发布' : '不予发布'}“${activity.title}”的一条心得`,
    })
    return { status }
  },
})
