import type { Database } from '../../_shared/cloud'
import {
  completenessFrom,
  heldMeetingsGroup,
  heldMeetingsMatch,
  heldThemeDayActivitiesMatch,
  type HeldKind,
} from '../../_shared/completeness'
import { aggregateRows } from '../../_shared/db'
import type { OrgRecord } from '../../_shared/policy'
import { MEETING_KINDS, type Completeness } from '../../../types/meeting'

export { currentQuarter } from '../../_shared/time'
export { rhythmOf } from '../../_shared/completeness'

/** Held vs required per kind for one org and quarter, in two round trips (meetings, 主题党日 activities). */
export async function completenessOf(
  db: Database,
  org: OrgRecord,
  year: number,
  quarter: number,
  now: Date,
): Promise<Completeness> {
  const [kinds, themeDays] = await Promise.all([
    aggregateRows<HeldKind>(
      db
        .collection('meetings')
        .aggregate()
        .match(heldMeetingsMatch(db, [org._id], year, quarter, now))
        .group(heldMeetingsGroup(db))
        .limit(MEETING_KINDS.length)
        .end(),
    ),
    aggregateRows<{ _id: string }>(
      db
        .collection('activities')
        .aggregate()
        .match(heldThemeDayActivitiesMatch(db, [org._id], year, quarter, now))
        .group({ _id: '$monthKey' })
        .limit(3)
        .end(),
    ),
  ])
  return completenessFrom(
    org,
    year,
    quarter,
    kinds,
    themeDays.map((row) => row._id),
  )
}
