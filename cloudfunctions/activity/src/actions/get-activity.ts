import { defineAction, grantOf } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import { notFound } from '../../../_shared/errors'
import { ANY_ROLE, COMMITTEE } from '../../../_shared/policy'
import { permits } from '../../../../types/roles'
import type { ActivityDetail, Reflection } from '../../../../types/activity'
import { activityRef } from '../../../../types/activity.schema'
import type { ActivityRecord } from '../../../_shared/records/activity'
import { checkInOpensAt, SECRET_FIELDS, toSummary } from '../activities'
import { visiblePhotos } from '../photos'
import { signupsLookup, type SignupRecord } from '../../../_shared/records/signup'

/** Enough for any capacity (ACTIVITY_LIMITS.capacity): the list is bounded by the activity itself. */
const SIGNUP_LIST_LIMIT = 300

type Row = ActivityRecord & { signups: SignupRecord[] }

function toReflection(signup: SignupRecord): Reflection | null {
  if (!signup.reflection) return null
  return {
    memberId: signup.openid,
    nickname: signup.nickname,
    text: signup.reflection.text,
    at: new Date(signup.reflection.at).toISOString(),
    status: signup.reflection.status,
  }
}

/**
 * One activity with its sign-up list (visible to the branch), photos and reflections: one round trip
 * after authorization. An admin from above reading the names is audited.
 */
export const getActivity = defineAction({
  schema: activityRef,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, activityId }, context): Promise<ActivityDetail> {
    const { db, caller } = context
    const { org, roles, roleHere } = grantOf(context)
    const $ = db.command.aggregate
    const [row] = await aggregateRows<Row>(
      db
        .collection('activities')
        .aggregate()
        .match({ _id: activityId, orgId })
        .limit(1)
        .project(SECRET_FIELDS)
        .lookup(
          signupsLookup(db, 'signups', [$.eq(['$status', 'signedUp'])], (signups) =>
            signups.sort({ signedUpAt: 1, _id: 1 }).limit(SIGNUP_LIST_LIMIT),
          ),
        )
        .end(),
    )
    const canManage = permits(roles, COMMITTEE)
    if (!row || (row.status === 'held' && !canManage)) throw notFound('活动')
    const now = new Date()
    const mySignup = row.signups.find((signup) => signup.openid === caller.openid)
    const summary = toSummary(
      row,
      mySignup ? (mySignup.checkedIn ? 'checkedIn' : 'signedUp') : 'none',
      now,
    )
    const underway = now >= checkInOpensAt(row) && row.status === 'published'
    const reflections = row.signups
      .map(toReflection)
      .filter((reflection): reflection is Reflection =>
        Boolean(
          reflection &&
          (reflection.status === 'approved' || (canManage && reflection.status === 'held')),
        ),
      )
      .sort((a, b) => a.at.localeCompare(b.at))

    if (roleHere === null && row.signups.length > 0) {
      await context.audit({
        action: 'activity.getActivity',
        orgId,
        target: activityId,
        summary: `查看活动“${row.title}”的报名名单（${row.signups.length} 人）`,
      })
    }
    return {
      ...summary,
      body: row.body,
      orgName: org.name,
      cancelReason: row.cancelReason,
      signups: row.signups.map((signup) => ({
        openid: signup.openid,
        nickname: signup.nickname,
        checkedIn: signup.checkedIn,
      })),
      photos: visiblePhotos(row, caller.openid, canManage),
      reflections,
      myReflection: mySignup ? toReflection(mySignup) : null,
      canManage,
      canAddPhotos: underway && (canManage || Boolean(mySignup?.checkedIn)),
      contentFlag: row.status === 'held' ? (row.contentFlag ?? '') : null,
    }
  },
})
