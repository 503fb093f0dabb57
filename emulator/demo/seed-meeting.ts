import { newSignInSecret } from '../../cloudfunctions/_shared/signin-code'
import {
  newAttendance,
  type AttendanceRecord,
  type RequestRecord,
} from '../../cloudfunctions/_shared/records/attendance'
import type { MeetingRecord, MinutesRecord } from '../../cloudfunctions/_shared/records/meeting'
import { PAST_CONGRESS, peopleOf } from './facts'
import { addAll, type SeedDb } from './seed-db'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../types/time'

type MeetingSeed = Omit<
  MeetingRecord,
  | 'secret'
  | 'status'
  | 'cancelReason'
  | 'createdAt'
  | 'updatedAt'
  | 'minutes'
  | 'minutesVersion'
  | 'reminded'
  | 'shareActivityId'
  | 'shareExpiresAt'
  | 'shareSyncedAt'
> &
  Partial<MeetingRecord>

function meeting(seed: MeetingSeed, now: Date): MeetingRecord {
  return {
    secret: newSignInSecret(),
    status: 'scheduled',
    cancelReason: '',
    createdAt: new Date(now.getTime() - 30 * DAY_MS),
    updatedAt: new Date(now.getTime() - 30 * DAY_MS),
    minutes: null,
    minutesVersion: seed.minutes ? 1 : 0,
    reminded: new Date(seed.startsAt) < now,
    shareActivityId: '',
    shareExpiresAt: null,
    shareSyncedAt: null,
    ...seed,
  }
}

function row(
  meetingRecord: MeetingRecord,
  openid: string,
  fields: Partial<AttendanceRecord> & Pick<AttendanceRecord, 'status'>,
): AttendanceRecord {
  return newAttendance(meetingRecord, openid, {
    updatedAt: fields.at ?? new Date(meetingRecord.startsAt),
    ...fields,
  })
}

function request(
  kind: RequestRecord['kind'],
  reason: string,
  at: Date,
  decision: RequestRecord['decision'] = null,
): RequestRecord {
  return {
    kind,
    reason,
    at,
    decision,
    decidedBy: decision ? 'o_demo_secretary' : null,
    decidedAt: decision ? new Date(at.getTime() + HOUR_MS) : null,
  }
}

/**
 * 三会一课 in every state the pages show: a past 党员大会 with minutes, attendance of every kind and its
 * quorum; a past 支委会 still waiting for minutes; a 党课 under way with sign-in open; an upcoming
 * 党员大会 with a pending leave request; a cancelled 主题党日; one meeting each in 第二党支部 and the
 * 总支 (the authorization matrix uses those three upcoming ones).
 */
export async function seedMeetings(db: SeedDb, now: Date): Promise<void> {
  const branch1 = peopleOf('org-branch-1')
  const at = (offset: number) => new Date(now.getTime() + offset)

  const congressPast = meeting(
    {
      _id: PAST_CONGRESS.id,
      orgId: 'org-branch-1',
      kind: 'congress',
      title: '第三季度支部党员大会',
      agenda: '1. 传达上级会议精神\n2. 讨论发展对象\n3. 部署下季度工作',
      startsAt: at(-20 * DAY_MS),
      endsAt: at(-20 * DAY_MS + 2 * HOUR_MS),
      place: '社区党群服务中心二楼会议室',
      hostId: 'o_demo_secretary',
      recorderId: 'o_demo_committee',
      expected: branch1,
      createdBy: 'o_demo_secretary',
    },
    now,
  )
  const minutes: MinutesRecord = {
    summary:
      '王建国同志传达了街道党工委会议精神。与会党员讨论了发展对象人选，一致同意将赵丽华同志列为发展对象。会议部署了第四季度“为民办实事”工作。',
    resolutions: ['同意赵丽华同志列为发展对象', '第四季度开展三次社区志愿服务'],
    photos: [],
    absenceNotes: [],
    recordedBy: 'o_demo_committee',
    recordedAt: at(-20 * DAY_MS + 3 * HOUR_MS),
    held: false,
  }
  congressPast.minutes = minutes
  congressPast.minutesVersion = 1

  const committeePast = meeting(
    {
      _id: 'meeting-demo-b1-committee-past',
      orgId: 'org-branch-1',
      kind: 'committee',
      title: '十一月支委会',
      agenda: '研究本月党费收缴和志愿服务安排',
      startsAt: at(-5 * DAY_MS),
      endsAt: at(-5 * DAY_MS + HOUR_MS),
      place: '党群服务中心小会议室',
      hostId: 'o_demo_secretary',
      recorderId: 'o_demo_committee',
      expected: ['o_demo_secretary', 'o_demo_deputy', 'o_demo_committee'],
      createdBy: 'o_demo_secretary',
    },
    now,
  )
  const lectureNow = meeting(
    {
      _id: 'meeting-demo-b1-lecture-now',
      orgId: 'org-branch-1',
      kind: 'lecture',
      title: '专题党课：学习新修订的纪律处分条例',
      agenda: '书记讲党课，交流学习体会',
      startsAt: at(-10 * MINUTE_MS),
      endsAt: at(80 * MINUTE_MS),
      place: '社区党群服务中心一楼',
      hostId: 'o_demo_secretary',
      recorderId: 'o_demo_committee',
      expected: branch1,
      createdBy: 'o_demo_secretary',
    },
    now,
  )
  const congressNext = meeting(
    {
      _id: 'meeting-demo-b1-congress-next',
      orgId: 'org-branch-1',
      kind: 'congress',
      title: '第四季度支部党员大会',
      agenda: '1. 学习党的创新理论\n2. 接收预备党员\n3. 民主评议党员安排',
      startsAt: at(3 * DAY_MS),
      endsAt: at(3 * DAY_MS + 2 * HOUR_MS),
      place: '社区党群服务中心二楼会议室',
      hostId: 'o_demo_secretary',
      recorderId: 'o_demo_committee',
      expected: branch1,
      createdBy: 'o_demo_secretary',
    },
    now,
  )
  const themeDayCancelled = meeting(
    {
      _id: 'meeting-demo-b1-themeday-cancelled',
      orgId: 'org-branch-1',
      kind: 'themeDay',
      title: '主题党日：参观革命纪念馆',
      agenda: '集体参观，重温入党誓词',
      startsAt: at(6 * DAY_MS),
      endsAt: at(6 * DAY_MS + 4 * HOUR_MS),
      place: '市革命纪念馆',
      hostId: 'o_demo_deputy',
      recorderId: 'o_demo_committee',
      expected: branch1,
      createdBy: 'o_demo_secretary',
      status: 'cancelled',
      cancelReason: '纪念馆闭馆维修，改期另行通知',
    },
    now,
  )
  const branch2Committee = meeting(
    {
      _id: 'meeting-demo-b2-committee-next',
      orgId: 'org-branch-2',
      kind: 'committee',
      title: '第二党支部支委会',
      agenda: '研究年终总结',
      startsAt: at(2 * DAY_MS),
      endsAt: at(2 * DAY_MS + HOUR_MS),
      place: '第二党支部活动室',
      hostId: 'o_demo_02',
      recorderId: 'o_demo_02',
      expected: peopleOf('org-branch-2'),
      createdBy: 'o_demo_02',
    },
    now,
  )
  const generalLecture = meeting(
    {
      _id: 'meeting-demo-general-lecture-next',
      orgId: 'org-general',
      kind: 'lecture',
      title: '总支书记讲党课',
      agenda: '各支部书记参加',
      startsAt: at(5 * DAY_MS),
      endsAt: at(5 * DAY_MS + 2 * HOUR_MS),
      place: '社区党群服务中心报告厅',
      hostId: 'o_demo_admin',
      recorderId: 'o_demo_admin',
      expected: ['o_demo_02', 'o_demo_03'],
      createdBy: 'o_demo_admin',
    },
    now,
  )
  await addAll(db, 'meetings', [
    congressPast,
    committeePast,
    lectureNow,
    congressNext,
    themeDayCancelled,
    branch2Committee,
    generalLecture,
  ])

  const pastStart = new Date(congressPast.startsAt)
  // absentOne is expected and never signed in: no row at all.
  const { absent: absentOne, onLeave: leaveOne, late: lateOne, proxied: proxyOne } = PAST_CONGRESS
  const attendance: AttendanceRecord[] = [
    ...branch1
      .filter((openid) => ![absentOne, leaveOne, lateOne, proxyOne].includes(openid))
      .map((openid, index) =>
        row(congressPast, openid, {
          status: 'present',
          method: index % 3 === 0 ? 'scan' : 'code',
          at: new Date(pastStart.getTime() - 5 * MINUTE_MS + index * MINUTE_MS),
        }),
      ),
    row(congressPast, leaveOne, {
      status: 'leave',
      request: request(
        'leave',
        '在外地出差',
        new Date(pastStart.getTime() - 2 * DAY_MS),
        'approved',
      ),
    }),
    row(congressPast, lateOne, {
      status: 'late',
      method: 'makeup',
      at: new Date(pastStart.getTime() + 3 * HOUR_MS),
      request: request(
        'makeup',
        '手机没电，会后补签',
        new Date(pastStart.getTime() + 2 * HOUR_MS),
        'approved',
      ),
    }),
    row(congressPast, proxyOne, {
      status: 'proxy',
      method: 'proxy',
      at: new Date(pastStart.getTime() + 10 * MINUTE_MS),
      by: 'o_demo_secretary',
      reason: '年纪大不会用手机，本人到会',
    }),
    row(committeePast, 'o_demo_secretary', {
      status: 'present',
      method: 'code',
      at: new Date(new Date(committeePast.startsAt).getTime() - 2 * MINUTE_MS),
    }),
    row(committeePast, 'o_demo_committee', {
      status: 'present',
      method: 'scan',
      at: new Date(new Date(committeePast.startsAt).getTime() - MINUTE_MS),
    }),
    row(lectureNow, 'o_demo_committee', {
      status: 'present',
      method: 'scan',
      at: at(-12 * MINUTE_MS),
    }),
    row(lectureNow, branch1[4], {
      status: 'pending',
      request: request('leave', '家中老人住院需要陪护', at(-DAY_MS)),
    }),
    row(congressNext, branch1[8], {
      status: 'pending',
      request: request('leave', '当天要值班，申请请假', at(-HOUR_MS)),
    }),
  ]
  await addAll(db, 'attendance', attendance)
}
