import { defineAction } from '../../../_shared/action'
import { screenText } from '../../../_shared/content-check'
import { conflict } from '../../../_shared/errors'
import { ANY_ROLE } from '../../../_shared/policy'
import type { Reflection } from '../../../../types/activity'
import { submitReflectionInput } from '../../../../types/activity.schema'
import { findActivity, requireUnderway } from '../activities'
import { signupId, type ReflectionRecord } from '../../../_shared/records/signup'
import { findSignup } from '../signups'
import { updatedCount } from '../../../_shared/db'

/**
 * A participant's short 心得 (≤ 200 字). msgSecCheck decides, by the one rule (screenText): `pass` is
 * published to the branch and its showcase; `review` is held for a 支委 to read; `risky` is refused. Until it is approved the author may
 * rewrite it; once approved it stays as published.
 */
export const submitReflection = defineAction({
  schema: submitReflectionInput,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId, text }, { db, caller, audit }): Promise<Reflection> {
    const now = new Date()
    const [activity, signup] = await Promise.all([
      findActivity(db, orgId, activityId),
      findSignup(db, activityId, caller.openid),
    ])
    requireUnderway(activity, now, '写心得')
    if (signup?.status !== 'signedUp' || !signup.checkedIn) {
      throw conflict('签到参加了活动的同志才能写心得')
    }
    if (signup.reflection?.status === 'approved') throw conflict('你的心得已经发布，不能再修改')
    const verdict = await screenText(caller, text, 'comment', '心得')
    const reflection: ReflectionRecord = {
      text,
      status: verdict === 'pass' ? 'approved' : 'held',
      verdict,
      at: now,
    }
    const _ = db.command
    const updated = await updatedCount(
      db
        .collection('signups')
        .where({
          _id: signupId(activityId, caller.openid),
          checkedIn: true,
          'reflection.status': _.neq('approved'),
        })
        .update({ data: { reflection: _.set(reflection) } }),
    )
    if (updated !== 1) throw conflict('你的心得已经发布，不能再修改')
    if (reflection.status === 'approved') {
      await db
        .collection('activities')
        .where({ _id: activityId })
        .update({ data: { reflectionCount: _.inc(1) } })
    }
    await audit({
      action: 'activity.submitReflection',
      orgId,
      target: activityId,
      summary: `提交“${activity.title}”心得${reflection.status === 'held' ? '（待审核）' : ''}`,
    })
    return {
      memberId: caller.openid,
      nickname: signup.nickname,
      text,
      at: now.toISOString(),
      status: reflection.status,
    }
  },
})
