import type { Database } from '../cloud'
import type { ContentVerdict } from '../content-check'
import { pipelineTools, type PipelineBuilder } from '../db'
import type { ReflectionStatus } from '../../../types/activity'

export interface ReflectionRecord {
  text: string
  status: ReflectionStatus
  verdict: ContentVerdict
  at: Date
  reviewedBy?: string
}

export interface SignupRecord {
  /** `${activityId}_${openid}`: one row per person and activity, whatever the retries. */
  _id: string
  activityId: string
  orgId: string
  openid: string
  /** The name at sign-up, so the list needs no second lookup. */
  nickname: string
  /** `claiming`: this person's sign-up is taking a seat right now (invisible to every list). */
  status: 'claiming' | 'signedUp' | 'cancelled'
  signedUpAt: Date
  checkedIn: boolean
  checkedInAt: Date | null
  reflection: ReflectionRecord | null
}

export function signupId(activityId: string, openid: string): string {
  return `${activityId}_${openid}`
}

/**
 * A `$lookup` from an activity row to its signups that meet every one of `conditions` (aggregate
 * expressions over the signup row), the pipeline finished by `shape` (sort, limit, project).
 */
export function signupsLookup(
  db: Database,
  as: string,
  conditions: unknown[],
  shape: (signups: PipelineBuilder) => PipelineBuilder,
): Record<string, unknown> {
  const { expr, pipeline } = pipelineTools(db)
  const $ = db.command.aggregate
  return {
    from: 'signups',
    let: { activityId: '$_id' },
    pipeline: shape(
      pipeline().match(expr($.and([$.eq(['$activityId', '$$activityId']), ...conditions]))),
    ).done(),
    as,
  }
}
