import {
  ATTENDANCE_LABELS,
  MEETING_KIND_LABELS,
  type AttendanceMethod,
} from '../../../types/meeting'
import {
  A4_TEXT_TWIPS,
  headedSheet,
  loadDocx,
  newWorkbook,
  printable,
  titledDocument,
  type DocxBlock,
} from '../../_shared/export-files'
import type { AttendanceRecord } from '../../_shared/records/attendance'
import { countAttendance, isAttended } from './attendance'
import { absenteesOf, quorumOf } from './detail'
import type { MeetingRecord } from '../../_shared/records/meeting'
import { shanghai } from './meetings'
import type { People } from './people'

/**
 * The 台账: every meeting of a period with its record, as inspections read it — written from the same
 * rows the app shows, so nobody types anything twice. Word for printing and filing (one table per
 * meeting that does not split across pages, with 主持人/记录人 signature lines), Excel for sorting and
 * 汇总 (landscape, fit to the page width, wrapped text). Only meetings that took place get attendance
 * and a quorum verdict; a cancelled one says 已取消, one nobody signed in to says 未召开. Meetings still
 * to come are not in it (the caller leaves them out).
 */
export interface LedgerMeeting {
  meeting: MeetingRecord
  attendance: AttendanceRecord[]
}

export interface LedgerInput {
  orgName: string
  from: string
  to: string
  generatedAt: Date
  generatedBy: string
  meetings: LedgerMeeting[]
  people: People
}

const METHOD_LABELS: Record<AttendanceMethod, string> = {
  code: '输入签到码',
  scan: '扫码签到',
  proxy: '代签到',
  backfill: '会后补录',
  makeup: '补签',
}

/** Whether a meeting in the 台账 took place: not cancelled, and someone signed in. */
function tookPlace({ meeting, attendance }: LedgerMeeting): boolean {
  return meeting.status !== 'cancelled' && attendance.some((row) => isAttended(row.status))
}

/** One meeting's record as label → text, shared by both files. */
function recordOf(entry: LedgerMeeting, people: People) {
  const { meeting, attendance } = entry
  const held = tookPlace(entry)
  const counts = countAttendance(meeting, attendance)
  const absentees = absenteesOf(meeting, attendance, people)
  const minutes = meeting.minutes
  const quorum = held && meeting.kind === 'congress' ? quorumOf(attendance, people) : null
  const expected = new Set(meeting.expected)
  const present = attendance.filter((row) => isAttended(row.status))
  const names = (rows: AttendanceRecord[]) =>
    rows.map((row) => people.ref(row.openid).nickname).join('、') || '无'
  return {
    held,
    date: shanghai(meeting.startsAt, 10),
    time: `${shanghai(meeting.startsAt)} — ${shanghai(meeting.endsAt).slice(11)}`,
    kind: MEETING_KIND_LABELS[meeting.kind],
    title: meeting.title,
    place: meeting.place,
    host: people.ref(meeting.hostId).nickname,
    recorder: people.ref(meeting.recorderId).nickname,
    expected: counts.expected,
    attended: counts.attended,
    guests: counts.guests,
    leave: counts.leave,
    absentees: absentees.length
      ? absentees
          .map((person) =>
            person.reason ? `${person.nickname}（${person.reason}）` : person.nickname,
          )
          .join('、')
      : '无',
    quorum: quorum
      ? `正式党员 ${quorum.voting} 人，到会 ${quorum.votingPresent} 人，${quorum.met ? '超过半数' : '未超过半数，不能召开'}`
      : '',
    agenda: meeting.agenda,
    summary: minutes ? minutes.summary : '（尚未记录）',
    resolutions: minutes?.resolutions ?? [],
    photos: minutes ? minutes.photos.filter((photo) => photo.verdict !== 'risky').length : 0,
    attendees: names(present.filter((row) => expected.has(row.openid))),
    guestNames: names(present.filter((row) => !expected.has(row.openid))),
    status:
      meeting.status === 'cancelled'
        ? `已取消：${meeting.cancelReason}`
        : held
          ? '已召开'
          : '未召开（无人签到）',
  }
}

export async function ledgerDocx(input: LedgerInput): Promise<Buffer> {
  const docx = await loadDocx()
  const {
    HeadingLevel,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TableLayoutType,
    TextRun,
    WidthType,
  } = docx
  // The label column a fifth of the A4 text width.
  const LABEL_TWIPS = 1805
  const VALUE_TWIPS = A4_TEXT_TWIPS - LABEL_TWIPS
  // keepNext on every line keeps a meeting's heading and table on one page where they fit.
  const lines = (text: string, bold = false) =>
    text
      .split('\n')
      .map(
        (line) => new Paragraph({ keepNext: true, children: [new TextRun({ text: line, bold })] }),
      )
  const row = (label: string, value: string) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: LABEL_TWIPS, type: WidthType.DXA },
          children: lines(label, true),
        }),
        new TableCell({
          width: { size: VALUE_TWIPS, type: WidthType.DXA },
          children: lines(value),
        }),
      ],
    })
  const children: DocxBlock[] = []
  if (input.meetings.length === 0) {
    children.push(new Paragraph('这一时间段内没有会议记录。'))
  }
  for (const [index, entry] of input.meetings.entries()) {
    const record = recordOf(entry, input.people)
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        children: [new TextRun(`${index + 1}. ${record.date} ${record.kind}：${record.title}`)],
      }),
      new Table({
        width: { size: LABEL_TWIPS + VALUE_TWIPS, type: WidthType.DXA },
        columnWidths: [LABEL_TWIPS, VALUE_TWIPS],
        layout: TableLayoutType.FIXED,
        rows: [
          row('会议类型', record.kind),
          row('状态', record.status),
          row('时间', record.time),
          row('地点', record.place),
          row('主持人', record.host),
          row('记录人', record.recorder),
          ...(record.held
            ? [
                row(
                  '应到 / 实到',
                  `应到 ${record.expected} 人，实到 ${record.attended} 人，请假 ${record.leave} 人${record.guests ? `，列席 ${record.guests} 人` : ''}`,
                ),
                row('出席人员', record.attendees),
                row('列席人员', record.guestNames),
                ...(record.quorum ? [row('到会情况', record.quorum)] : []),
                row('缺席人员及原因', record.absentees),
              ]
            : []),
          row('会议议程', record.agenda),
          row('会议纪要', record.summary),
          row(
            '决议事项',
            record.resolutions.length
              ? record.resolutions.map((text, n) => `${n + 1}. ${text}`).join('\n')
              : '无',
          ),
          row('现场照片', record.photos ? `${record.photos} 张（见小程序会议记录）` : '无'),
        ],
      }),
      ...(record.held
        ? [
            new Paragraph({
              spacing: { before: 240, after: 240 },
              children: [
                new TextRun('主持人（签字）：____________        记录人（签字）：____________'),
              ],
            }),
          ]
        : []),
    )
  }
  return titledDocument(docx, {
    title: `${input.orgName}“三会一课”台账`,
    subtitle: `${input.from} 至 ${input.to}，共 ${input.meetings.length} 次会议；${input.generatedBy} 于 ${shanghai(input.generatedAt)} 导出`,
    body: children,
  })
}

export async function ledgerXlsx(input: LedgerInput): Promise<Buffer> {
  const workbook = await newWorkbook(input.generatedAt)
  const meetings = headedSheet(workbook, '会议台账', [
    { header: '日期', key: 'date', width: 12 },
    { header: '会议类型', key: 'kind', width: 14 },
    { header: '会议名称', key: 'title', width: 30 },
    { header: '时间', key: 'time', width: 24 },
    { header: '地点', key: 'place', width: 20 },
    { header: '主持人', key: 'host', width: 10 },
    { header: '记录人', key: 'recorder', width: 10 },
    { header: '应到', key: 'expected', width: 6 },
    { header: '实到', key: 'attended', width: 6 },
    { header: '请假', key: 'leave', width: 6 },
    { header: '列席', key: 'guests', width: 6 },
    { header: '缺席人员及原因', key: 'absentees', width: 30 },
    { header: '到会情况', key: 'quorum', width: 30 },
    { header: '会议议程', key: 'agenda', width: 40 },
    { header: '会议纪要', key: 'summary', width: 60 },
    { header: '决议事项', key: 'resolutions', width: 40 },
    { header: '照片', key: 'photos', width: 6 },
    { header: '出席人员', key: 'attendees', width: 30 },
    { header: '列席人员', key: 'guestNames', width: 20 },
    { header: '状态', key: 'status', width: 16 },
  ])
  for (const entry of input.meetings) {
    const { held, ...record } = recordOf(entry, input.people)
    const counts = held
      ? {}
      : {
          expected: '',
          attended: '',
          leave: '',
          guests: '',
          absentees: '',
          attendees: '',
          guestNames: '',
        }
    meetings.addRow({ ...record, ...counts, resolutions: record.resolutions.join('\n') })
  }

  const signIns = headedSheet(workbook, '签到明细', [
    { header: '日期', key: 'date', width: 12 },
    { header: '会议名称', key: 'title', width: 30 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '应到', key: 'expected', width: 6 },
    { header: '状态', key: 'status', width: 10 },
    { header: '方式', key: 'method', width: 12 },
    { header: '时间', key: 'at', width: 18 },
    { header: '说明', key: 'note', width: 40 },
  ])
  for (const entry of input.meetings) {
    // A cancelled meeting, or one nobody came to, has no sign-ins to list.
    if (!tookPlace(entry)) continue
    const { meeting, attendance } = entry
    const rows = new Map(attendance.map((row) => [row.openid, row]))
    const expected = new Set(meeting.expected)
    const everyone = [
      ...meeting.expected,
      ...attendance.filter((row) => !expected.has(row.openid)).map((row) => row.openid),
    ]
    for (const openid of everyone) {
      const row = rows.get(openid)
      const note = [
        row?.status === 'proxy' && row.by
          ? `由${input.people.ref(row.by).nickname}${row.method === 'backfill' ? '会后补录' : '代签'}：${row.reason}`
          : '',
        row?.request
          ? `${row.request.kind === 'leave' ? '请假' : '补签'}理由：${row.request.reason}`
          : '',
      ]
        .filter(Boolean)
        .join('；')
      signIns.addRow({
        date: shanghai(meeting.startsAt, 10),
        title: meeting.title,
        name: input.people.ref(openid).nickname,
        expected: expected.has(openid) ? '是' : '列席',
        status: row ? ATTENDANCE_LABELS[row.status] : '未签到',
        method: row?.method ? METHOD_LABELS[row.method] : '',
        at: row?.at ? shanghai(row.at) : '',
        note,
      })
    }
  }
  printable(meetings)
  printable(signIns)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
