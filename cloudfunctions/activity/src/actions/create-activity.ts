import { defineAction, grantOf } from '../../../_shared/action'
import { screenTextForReview } from '../../../_shared/content-check'
import { recordImageChecks, submitImageChecks } from '../../../_shared/media-check'
import { invalidArgument } from '../../../_shared/errors'
import { COMMITTEE } from '../../../_shared/policy'
import { newSignInSecret } from '../../../_shared/signin-code'
import {
  ACTIVITY_KIND_LABELS,
  activityFlagNote,
  type ActivitySummary,
} from '../../../../types/activity'
import { createActivityInput } from '../../../../types/activity.schema'
import type { ActivityRecord } from '../../../_shared/records/activity'
import { shanghaiMonthKey, toSummary } from '../activities'
import { COVER } from '../photos'
import { DAY_MS } from '../../../../types/time'

const MAX_DAYS = 7

/**
 * 书记/副书记/支委 publish an activity of their branch; the text is checked before anyone sees it, by
 * the one rule (screenText): `risky` is refused saying what kind; `review` keeps the activity `held`,
 * seen only by the branch's 支委 with the kind shown, until another of them publishes it (reviewActivity).
 */
export const createActivity = defineAction({
  schema: createActivityInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<ActivitySummary> {
    const { org } = grantOf(context)
    const { db, caller } = context
    if (org.kind !== 'branch') throw invalidArgument('活动由党支部发布，请切换到你的支部后再发布')
    const now = new Date()
    const startsAt = new Date(input.startsAt)
    const endsAt = new Date(input.endsAt)
    const signUpBy = new Date(input.signUpBy)
    if (endsAt <= startsAt) throw invalidArgument('结束时间要晚于开始时间')
    if (endsAt.getTime() - startsAt.getTime() > MAX_DAYS * DAY_MS) {
      throw invalidArgument(`一次活动最长 ${MAX_DAYS} 天，请分成几次发布`)
    }
    if (signUpBy <= now) throw invalidArgument('报名截止时间要晚于现在')
    if (signUpBy > startsAt) throw invalidArgument('报名截止时间不能晚于活动开始时间')
    const body = input.body ?? ''
    const screened = await screenTextForReview(
      caller,
      [input.title, input.place, body].join('\n'),
      'forum',
      '活动内容',
    )
    const held = screened.verdict === 'review'

    const cover = input.cover ?? ''
    const coverChecks = await submitImageChecks(caller, cover ? [cover] : [])
    const activity: Omit<ActivityRecord, '_id'> = {
      orgId: org._id,
      orgPath: [...org.ancestors, org._id],
      kind: input.kind,
      title: input.title,
      body,
      place: input.place,
      startsAt,
      endsAt,
      signUpBy,
      capacity: input.capacity,
      signedUp: 0,
      checkedIn: 0,
      cover,
      coverPending: coverChecks.length > 0,
      status: held ? 'held' : 'published',
      ...(held ? { contentFlag: screened.kind } : {}),
      cancelReason: '',
      monthKey: shanghaiMonthKey(startsAt),
      signInSecret: newSignInSecret(),
      photos: {},
      photoCount: 0,
      reflectionCount: 0,
      createdBy: caller.openid,
      createdAt: now,
    }
    const { _id } = (await db.collection('activities').add({ data: activity })) as { _id: string }
    await recordImageChecks(db, caller, 'activityCover', _id, coverChecks, () => COVER)
    await context.audit({
      action: 'activity.createActivity',
      orgId: org._id,
      target: _id,
      summary: `发布${ACTIVITY_KIND_LABELS[input.kind]}“${input.title}”，名额 ${input.capacity} 人${
        held ? `（待审核：${activityFlagNote(screened.kind)}）` : ''
      }`,
    })
    return toSummary({ ...activity, _id }, 'none', now)
  },
})
