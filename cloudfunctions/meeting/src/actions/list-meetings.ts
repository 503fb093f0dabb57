import { defineAction } from '../../../_shared/action'
import { aggregateRows, pipelineTools } from '../../../_shared/db'
import { ANY_ROLE } from '../../../_shared/policy'
import type { MeetingSummary } from '../../../../types/meeting'
import { listMeetingsInput } from '../../../../types/meeting.schema'
import type { Page } from '../../../../types/org'
import type { AttendanceRecord } from '../../../_shared/records/attendance'
import type { MeetingRecord } from '../../../_shared/records/meeting'
import { toSummary } from '../meetings'

const PAGE_SIZE = 20

type Row = MeetingRecord & { attendance: Pick<AttendanceRecord, 'openid' | 'status'>[] }

/**
 * The org's meetings, 20 a page: upcoming (not yet ended, soonest first) or past (latest first), each
 * with its 应到/实到 and the caller's own status — one round trip after the policy's.
 */
export const listMeetings = defineAction({
  schema: listMeetingsInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, when, page = 0 }, { db, caller }): Promise<Page<MeetingSummary>> {
    const _ = db.command
    const { expr, pipeline } = pipelineTools(db)
    const now = new Date()
    const upcoming = when === 'upcoming'
    const found = await aggregateRows<Row>(
      db
        .collection('meetings')
        .aggregate()
        .match({ orgId, endsAt: upcoming ? _.gt(now) : _.lte(now) })
        .sort(upcoming ? { startsAt: 1, _id: 1 } : { startsAt: -1, _id: -1 })
        .skip(page * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
        .lookup({
          from: 'attendance',
          let: { meetingId: '$_id' },
          pipeline: pipeline()
            .match(expr(_.aggregate.eq(['$meetingId', '$$meetingId'])))
            .project({ _id: 0, openid: 1, status: 1 })
            .done(),
          as: 'attendance',
        })
        .end(),
    )
    const items = found
      .slice(0, PAGE_SIZE)
      .map((row) => toSummary(row, row.attendance, caller.openid, now))
    return { items, nextPage: found.length > PAGE_SIZE ? page + 1 : null }
  },
})
