import { defineAction, grantOf } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import { exportFolder, storeExport } from '../../../_shared/export-files'
import { LEADERS } from '../../../_shared/policy'
import type { LedgerExport } from '../../../../types/meeting'
import { exportLedgerInput } from '../../../../types/meeting.schema'
import type { AttendanceRecord } from '../../../_shared/records/attendance'
import { namedIn } from '../detail'
import { ledgerDocx, ledgerXlsx } from '../ledger'
import { DAY_MS, shanghaiMidnight } from '../../../../types/time'
import type { MeetingRecord } from '../../../_shared/records/meeting'
import { loadPeople } from '../people'

/** A year of a branch's meetings is ~40; this cap only guards the function's memory and time. */
const MAX_MEETINGS = 300

type Row = MeetingRecord & { attendance: AttendanceRecord[] }

/**
 * The 台账 for a date range: Word and Excel files written in the function from the meetings' own
 * records, stored in cloud storage, returned as fileIDs and temporary URLs. Reading everyone's
 * attendance is an admin read of member data, so it is audited.
 */
export const exportLedger = defineAction({
  schema: exportLedgerInput,
  readOnly: true,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run({ orgId, from, to }, context): Promise<LedgerExport> {
    const { org } = grantOf(context)
    const { db, caller } = context
    const _ = db.command
    const now = new Date()
    const start = shanghaiMidnight(from)
    const end = new Date(shanghaiMidnight(to).getTime() + DAY_MS)
    const meetings = await aggregateRows<Row>(
      db
        .collection('meetings')
        .aggregate()
        .match({ orgId, startsAt: _.gte(start).and(_.lt(end)) })
        .sort({ startsAt: 1, _id: 1 })
        .limit(MAX_MEETINGS)
        .lookup({
          from: 'attendance',
          localField: '_id',
          foreignField: 'meetingId',
          as: 'attendance',
        })
        .end(),
    )
    // A meeting that has not started has no record yet; a cancelled one is recorded as cancelled.
    const inLedger = meetings.filter(
      (row) => row.status === 'cancelled' || new Date(row.startsAt) <= now,
    )
    const people = await loadPeople(db, orgId, [
      caller.openid,
      ...inLedger.flatMap((row) => [...row.expected, ...namedIn(row, row.attendance)]),
    ])
    const input = {
      orgName: org.name,
      from,
      to,
      generatedAt: now,
      generatedBy: people.ref(caller.openid).nickname,
      meetings: inLedger.map(({ attendance, ...meeting }) => ({ meeting, attendance })),
      people,
    }
    const [docx, xlsx] = await Promise.all([ledgerDocx(input), ledgerXlsx(input)])
    const folder = exportFolder('meeting', orgId, now)
    const baseName = `${org.name}三会一课台账（${from}至${to}）`
    const [docxFile, xlsxFile] = await Promise.all([
      storeExport(`${folder}/ledger.docx`, docx, `${baseName}.docx`),
      storeExport(`${folder}/ledger.xlsx`, xlsx, `${baseName}.xlsx`),
    ])
    await context.audit({
      action: 'meeting.exportLedger',
      orgId,
      target: folder,
      summary: `导出三会一课台账 ${from} 至 ${to}（${inLedger.length} 次会议）`,
    })
    return { meetingCount: inLedger.length, docx: docxFile, xlsx: xlsxFile }
  },
})
