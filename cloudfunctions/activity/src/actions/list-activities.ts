import { defineAction, grantOf } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import { ANY_ROLE, COMMITTEE, permits } from '../../../_shared/policy'
import type { ActivitySummary } from '../../../../types/activity'
import { listActivitiesInput } from '../../../../types/activity.schema'
import type { Page } from '../../../../types/org'
import type { ActivityRecord } from '../../../_shared/records/activity'
import { ACTIVITIES_PAGE_SIZE, SECRET_FIELDS, toSummary } from '../activities'
import { signupsLookup, type SignupRecord } from '../../../_shared/records/signup'

type Row = ActivityRecord & { mine: Pick<SignupRecord, 'checkedIn'>[] }

/**
 * The activities of an org and the 党小组 below it, latest start first, 20 a page, each with the
 * caller's own sign-up: one round trip after authorization. A held activity (content security asked a
 * person to read it) is listed only to those who may publish it: that list is the 支委's queue.
 */
export const listActivities = defineAction({
  schema: listActivitiesInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, page = 0 }, context): Promise<Page<ActivitySummary>> {
    const { db, caller } = context
    const reviews = permits(grantOf(context), COMMITTEE)
    const $ = db.command.aggregate
    const found = await aggregateRows<Row>(
      db
        .collection('activities')
        .aggregate()
        .match(reviews ? { orgPath: orgId } : { orgPath: orgId, status: db.command.neq('held') })
        .sort({ startsAt: -1, _id: -1 })
        .skip(page * ACTIVITIES_PAGE_SIZE)
        .limit(ACTIVITIES_PAGE_SIZE + 1)
        .project({ ...SECRET_FIELDS, photos: 0, body: 0 })
        .lookup(
          signupsLookup(
            db,
            'mine',
            [$.eq(['$openid', caller.openid]), $.eq(['$status', 'signedUp'])],
            (signups) => signups.project({ _id: 0, checkedIn: 1 }),
          ),
        )
        .end(),
    )
    const now = new Date()
    const items = found.slice(0, ACTIVITIES_PAGE_SIZE).map((row) => {
      const mine = row.mine[0]
      return toSummary(row, mine ? (mine.checkedIn ? 'checkedIn' : 'signedUp') : 'none', now)
    })
    return { items, nextPage: found.length > ACTIVITIES_PAGE_SIZE ? page + 1 : null }
  },
})
