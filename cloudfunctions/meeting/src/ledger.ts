import {
  ATTENDANCE_LABELS,
  MEETING_KIND_LABELS,
  type AttendanceMethod,
} from '../../../types/meeting'
import { countAttendance, type AttendanceRecord } from './attendance'
import { absenteesOf, quorumOf } from './detail'
import { shanghai, type MeetingRecord } from './meetings'
import type { People } from './people'

/**
 * The 台账: every meeting of a period with its record, as inspections read it — written from the same
 * rows the app shows, so nobody types anything twice. Word for printing and filing, Excel for sorting
 * and 汇总.
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

/** One meeting's record as label → text, shared by both files. */
function recordOf({ meeting, attendance }: LedgerMeeting, people: People) {
  const counts = countAttendance(meeting, attendance)
  const absentees = absenteesOf(meeting, attendance, people)
  const minutes = meeting.minutes
  const quorum = meeting.kind === 'congress' ? quorumOf(attendance, people) : null
  return {
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
    status: meeting.status === 'cancelled' ? `已取消：${meeting.cancelReason}` : '',
  }
}

export async function ledgerDocx(input: LedgerInput): Promise<Buffer> {
  const {
    AlignmentType,
    Document,
    HeadingLevel,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = await import('docx')
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: text
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
    })
  const row = (label: string, value: string) =>
    new TableRow({
      children: [
        new TableCell({
          width: { size: 20, type: WidthType.PERCENTAGE },
          children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })],
        }),
        cell(value),
      ],
    })
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(`${input.orgName}“三会一课”台账`)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun(
          `${input.from} 至 ${input.to}，共 ${input.meetings.length} 次会议；${input.generatedBy} 于 ${shanghai(input.generatedAt)} 导出`,
        ),
      ],
    }),
  ]
  if (input.meetings.length === 0) {
    children.push(new Paragraph('这一时间段内没有会议记录。'))
  }
  for (const [index, entry] of input.meetings.entries()) {
    const record = recordOf(entry, input.people)
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(`${index + 1}. ${record.date} ${record.kind}：${record.title}`)],
      }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          row('会议类型', record.kind),
          row('时间', record.time),
          row('地点', record.place),
          row('主持人', record.host),
          row('记录人', record.recorder),
          row(
            '应到 / 实到',
            `应到 ${record.expected} 人，实到 ${record.attended} 人，请假 ${record.leave} 人${record.guests ? `，列席 ${record.guests} 人` : ''}`,
          ),
          ...(record.quorum ? [row('到会情况', record.quorum)] : []),
          row('缺席人员及原因', record.absentees),
          row('会议议程', record.agenda),
          row('会议纪要', record.summary),
          row(
            '决议事项',
            record.resolutions.length
              ? record.resolutions.map((text, n) => `${n + 1}. ${text}`).join('\n')
              : '无',
          ),
          row('现场照片', record.photos ? `${record.photos} 张（见小程序会议记录）` : '无'),
          ...(record.status ? [row('状态', record.status)] : []),
        ],
      }),
    )
  }
  const document = new Document({
    creator: '智慧支部',
    title: `${input.orgName}三会一课台账`,
    sections: [{ children }],
  })
  return Packer.toBuffer(document)
}

export async function ledgerXlsx(input: LedgerInput): Promise<Buffer> {
  const { Workbook } = await import('exceljs')
  const workbook = new Workbook()
  workbook.creator = '智慧支部'
  workbook.created = input.generatedAt

  const meetings = workbook.addWorksheet('会议台账')
  meetings.columns = [
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
    { header: '状态', key: 'status', width: 16 },
  ]
  meetings.getRow(1).font = { bold: true }
  for (const entry of input.meetings) {
    const record = recordOf(entry, input.people)
    meetings.addRow({ ...record, resolutions: record.resolutions.join('\n') })
  }

  const signIns = workbook.addWorksheet('签到明细')
  signIns.columns = [
    { header: '日期', key: 'date', width: 12 },
    { header: '会议名称', key: 'title', width: 30 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '应到', key: 'expected', width: 6 },
    { header: '状态', key: 'status', width: 10 },
    { header: '方式', key: 'method', width: 12 },
    { header: '时间', key: 'at', width: 18 },
    { header: '说明', key: 'note', width: 40 },
  ]
  signIns.getRow(1).font = { bold: true }
  for (const { meeting, attendance } of input.meetings) {
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
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
