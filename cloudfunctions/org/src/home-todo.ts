import type { Database } from '../../_shared/cloud'
import { pipelineTools } from '../../_shared/db'
import type { OrgRecord } from '../../_shared/policy'
import { OPEN_STATUSES } from '../../_shared/records/issue'
import { COMMITTEE, LEADERS, permits } from '../../../types/roles'
import { ATTENDED, SIGN_IN_OPENS_MINUTES, type AttendanceStatus } from '../../../types/meeting'
import { MINUTE_MS } from '../../../types/time'
import type { HomeTodo, SignInStanding } from '../../../types/org'
import type { Role } from '../../../types/user'

/** Who is looking at the home: what waits for them depends on it. */
export interface Viewer {
  openid: string
  roles: readonly Role[]
}

export interface TodoRow {
  todoSignIn?: {
    _id: string
    title: string
    startsAt: Date
    endsAt: Date
    expectedMe: boolean
    hostMe: boolean
  }[]
  mySignIns?: { meetingId: string; status: AttendanceStatus }[]
  todoRequests?: { count: number; meetingId: string }[]
  todoIssues?: { unanswered: number; overdue: number }[]
}

const OPEN_NOW = 3

/**
 * The `$lookup`s of the 今日待办, added to the home's one aggregate (so the home stays at two round
 * trips): meetings open for sign-in now and the viewer's rows there; for 书记/副书记 the 请假/补签
 * requests waiting; for the 支委会 the subtree's 诉求 not yet accepted and those past their deadline.
 * A lookup is left out for someone who may not act on it, so nobody's count leaks to a member.
 */
export function todoLookups(db: Database, org: OrgRecord, viewer: Viewer, now: Date): object[] {
  const _ = db.command
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  const lookups: object[] = [
    {
      from: 'meetings',
      pipeline: pipeline()
        .match({
          orgId: org._id,
          status: 'scheduled',
          startsAt: _.lte(new Date(now.getTime() + SIGN_IN_OPENS_MINUTES * MINUTE_MS)),
          endsAt: _.gt(now),
        })
        .sort({ startsAt: 1 })
        .limit(OPEN_NOW)
        .project({
          _id: 1,
          title: 1,
          startsAt: 1,
          endsAt: 1,
          expectedMe: $.in([viewer.openid, $.ifNull(['$expected', []])]),
          hostMe: $.eq(['$hostId', viewer.openid]),
        })
        .done(),
      as: 'todoSignIn',
    },
    {
      from: 'attendance',
      let: { meetingIds: '$todoSignIn._id' },
      pipeline: pipeline()
        .match(
          expr($.and([$.in(['$meetingId', '$$meetingIds']), $.eq(['$openid', viewer.openid])])),
        )
        .project({ _id: 0, meetingId: 1, status: 1 })
        .done(),
      as: 'mySignIns',
    },
  ]
  if (permits(viewer.roles, LEADERS)) {
    lookups.push({
      from: 'attendance',
      pipeline: pipeline()
        .match({ orgId: org._id, status: 'pending' })
        .sort({ updatedAt: 1 })
        .group({ _id: null, count: $.sum(1), meetingId: $.first('$meetingId') })
        .done(),
      as: 'todoRequests',
    })
  }
  if (permits(viewer.roles, COMMITTEE)) {
    lookups.push({
      from: 'issues',
      pipeline: pipeline()
        .match({ orgPath: org._id, status: _.in([...OPEN_STATUSES]), held: false })
        .group({
          _id: null,
          unanswered: $.sum($.cond([$.eq(['$status', 'submitted']), 1, 0])),
          overdue: $.sum($.cond([$.lt(['$dueAt', now]), 1, 0])),
        })
        .done(),
      as: 'todoIssues',
    })
  }
  return lookups
}

/** The 今日待办 from the aggregate's row (and the unread count, worked out with the notices). */
export function todoFrom(row: TodoRow | undefined, unreadNotices: number): HomeTodo {
  const mine = new Map((row?.mySignIns ?? []).map((entry) => [entry.meetingId, entry.status]))
  const standing = (meeting: {
    _id: string
    expectedMe: boolean
    hostMe: boolean
  }): SignInStanding => {
    // The host shows the code; they do not type one.
    if (meeting.hostMe) return 'host'
    const status = mine.get(meeting._id)
    if (status && ATTENDED.includes(status)) return 'signedIn'
    if (status === 'leave') return 'excused'
    return meeting.expectedMe ? 'toSignIn' : 'notExpected'
  }
  const requests = row?.todoRequests?.[0]
  return {
    // The lookup matched only meetings whose sign-in opened (starts within SIGN_IN_OPENS_MINUTES).
    signIn: (row?.todoSignIn ?? []).map((meeting) => ({
      id: meeting._id,
      title: meeting.title,
      endsAt: new Date(meeting.endsAt).toISOString(),
      mine: standing(meeting),
    })),
    attendanceRequests: { count: requests?.count ?? 0, meetingId: requests?.meetingId ?? null },
    issues: {
      unanswered: row?.todoIssues?.[0]?.unanswered ?? 0,
      overdue: row?.todoIssues?.[0]?.overdue ?? 0,
    },
    unreadNotices,
  }
}
