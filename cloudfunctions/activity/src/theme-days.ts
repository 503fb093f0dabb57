import type { Database } from '../../_shared/cloud'
import { aggregateRows } from '../../_shared/db'

export interface HeldThemeDays {
  orgId: string
  /** 'YYYY-MM' in Asia/Shanghai. */
  month: string
  count: number
}

/**
 * 主题党日 held per org and month, for the meetings' completeness meter: a themeDay activity counts
 * for the month it started in once it took place — not cancelled, ended by `now`, and at least one
 * person checked in (an activity nobody came to was not held). One round trip for any number of
 * orgs and months.
 */
export async function heldThemeDays(
  db: Database,
  orgIds: string[],
  months: string[],
  now: Date,
): Promise<HeldThemeDays[]> {
  if (orgIds.length === 0 || months.length === 0) return []
  const _ = db.command
  const $ = db.command.aggregate
  const groups = await aggregateRows<{ _id: { orgId: string; month: string }; count: number }>(
    db
      .collection('activities')
      .aggregate()
      .match({
        kind: 'themeDay',
        status: 'published',
        orgId: _.in(orgIds),
        monthKey: _.in(months),
        endsAt: _.lte(now),
        checkedIn: _.gt(0),
      })
      .group({ _id: { orgId: '$orgId', month: '$monthKey' }, count: $.sum(1) })
      .limit(orgIds.length * months.length)
      .end(),
  )
  return groups
    .map((group) => ({ orgId: group._id.orgId, month: group._id.month, count: group.count }))
    .sort((a, b) => a.orgId.localeCompare(b.orgId) || a.month.localeCompare(b.month))
}
