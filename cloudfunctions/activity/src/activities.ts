import type { Database } from '../../_shared/cloud'
import { rows } from '../../_shared/db'
import { conflict, notFound } from '../../_shared/errors'
import {
  CHECK_IN_OPENS_MINUTES_BEFORE,
  type ActivityPhase,
  type ActivitySummary,
} from '../../../types/activity'
import { MINUTE_MS, shanghaiMonth } from '../../../types/time'
import type { ActivityRecord } from '../../_shared/records/activity'

/** Fields no client ever receives. */
export const SECRET_FIELDS = { signInSecret: 0 } as const

export const ACTIVITIES_PAGE_SIZE = 20

/** The activity's month in Beijing (`YYYY-MM`), stored as `monthKey` for the 主题党日 rule. */
export const shanghaiMonthKey = (time: Date): string => shanghaiMonth(time)

export function checkInOpensAt(activity: Pick<ActivityRecord, 'startsAt'>): Date {
  return new Date(new Date(activity.startsAt).getTime() - CHECK_IN_OPENS_MINUTES_BEFORE * MINUTE_MS)
}

export function phaseOf(
  activity: Pick<ActivityRecord, 'status' | 'signUpBy' | 'startsAt' | 'endsAt'>,
  now: Date,
): ActivityPhase {
  if (activity.status === 'cancelled') return 'cancelled'
  if (activity.status === 'held') return 'held'
  const time = now.getTime()
  if (time < new Date(activity.signUpBy).getTime()) return 'signup'
  if (time < new Date(activity.startsAt).getTime()) return 'closed'
  if (time < new Date(activity.endsAt).getTime()) return 'ongoing'
  return 'ended'
}

export function toSummary(
  activity: ActivityRecord,
  mine: ActivitySummary['mine'],
  now: Date,
): ActivitySummary {
  return {
    id: activity._id,
    orgId: activity.orgId,
    kind: activity.kind,
    title: activity.title,
    place: activity.place,
    startsAt: new Date(activity.startsAt).toISOString(),
    endsAt: new Date(activity.endsAt).toISOString(),
    signUpBy: new Date(activity.signUpBy).toISOString(),
    capacity: activity.capacity,
    signedUp: activity.signedUp,
    checkedIn: activity.checkedIn,
    cover: activity.coverPending ? '' : activity.cover,
    phase: phaseOf(activity, now),
    mine,
  }
}

/**
 * The activity, if it belongs to exactly the org the caller was authorized for. An activity of
 * another branch answers NOT_FOUND, so ids cannot be probed across branches.
 */
export async function findActivity(
  db: Database,
  orgId: string,
  activityId: string,
): Promise<ActivityRecord> {
  const [activity] = await rows<ActivityRecord>(
    db.collection('activities').where({ _id: activityId, orgId }).limit(1).get(),
  )
  if (!activity) throw notFound('活动')
  return activity
}

export function requirePublished(activity: ActivityRecord): void {
  if (activity.status === 'cancelled') throw conflict('这个活动已取消')
  if (activity.status === 'held') throw conflict('这个活动还在审核中，发布后才能参加')
}

/** Photos and reflections may come once people gather, i.e. once check-in has opened. */
export function requireUnderway(activity: ActivityRecord, now: Date, what: string): void {
  requirePublished(activity)
  if (now < checkInOpensAt(activity)) throw conflict(`活动开始后才能${what}`)
}

export function requireCheckInOpen(activity: ActivityRecord, now: Date): void {
  requirePublished(activity)
  if (now < checkInOpensAt(activity)) {
    throw conflict(`签到在活动开始前 ${CHECK_IN_OPENS_MINUTES_BEFORE} 分钟开放，请到时再来`)
  }
  if (now >= new Date(activity.endsAt)) throw conflict('活动已结束，签到已关闭')
}

/**
 * Activities of the org (and the 党小组 under it) that have not ended, soonest first: what the 支部
 * home's "近期安排" wants (one round trip). Exported for the org function to read.
 */
export async function upcomingActivities(db: Database, orgId: string, now: Date, limit = 3) {
  const _ = db.command
  return rows<Pick<ActivityRecord, '_id' | 'title' | 'startsAt' | 'kind'>>(
    db
      .collection('activities')
      .where({ orgPath: orgId, status: 'published', endsAt: _.gt(now) })
      .orderBy('startsAt', 'asc')
      .field({ _id: true, title: true, startsAt: true, kind: true })
      .limit(limit)
      .get(),
  )
}
