import type { Database } from '../../_shared/cloud'
import { pipelineTools } from '../../_shared/db'
import type { OrgRecord } from '../../_shared/policy'
import { OPEN_STATUSES } from '../../_shared/records/issue'
import { awaitingReviewBy } from '../../_shared/records/lesson-review'
import { ADMINS, COMMITTEE, LEADERS, PARTY_MEMBERS, permits } from '../../../types/roles'
import { ATTENDED, SIGN_IN_OPENS_MINUTES, type AttendanceStatus } from '../../../types/meeting'
import { DAY_MS, MINUTE_MS } from '../../../types/time'
import type { HomeTodo, SignInStanding } from '../../../types/org'
import type { Role } from '../../../types/user'
import { signupsLookup } from '../../_shared/records/signup'

/** Who is looking at the home: what waits for them depends on it. */
export interface Viewer {
  openid: string
  /** Held here or above (policy.ts): what they may act on. */
  roles: readonly Role[]
  /** Held in this org itself: a 规定动作 is required of its 党员. */
  roleHere: Role | null
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
  todoIssues?: { unanswered: number; overdue: number; held: number }[]
  todoLessons?: { count: number }[]
  todoActivities?: {
    _id: string
    held: boolean
    photos: number
    reflections: { _id: string }[]
  }[]
  todoRequired?: { _id: string; mine: { completedAt: Date | null }[] }[]
}

const OPEN_NOW = 3
/** Photos and 心得 come in the weeks after an activity: the ones started this long ago or later. */
const REVIEW_WINDOW_DAYS = 90
const REVIEWED_ACTIVITIES = 50
/** A 规定动作 is on the 今日待办 from a week before its last day. */
const REQUIRED_AHEAD_DAYS = 7
const REQUIRED_SHOWN = 20

/**
 * The `$lookup`s of the 今日待办, added to the home's one aggregate (so the home stays at two round
 * trips): meetings open for sign-in now and the viewer's rows there; for 书记/副书记 the 请假/补签
 * requests waiting; for the 支委会 the subtree's 诉求 not yet accepted and those past their deadline
 * (and for an admin those held for review),
 * the lessons waiting for their review (the review queue's question) and the held activities, photos
 * and 心得 of the branch's recent activities; for a 党员 here the 规定动作 due within a week they have
 * not finished. A lookup is left out for someone who may not act on it, so nobody's count leaks.
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
    lookups.push(issuesLookup(db, org, viewer, now), ...reviewLookups(db, org, viewer, now))
  }
  if (viewer.roleHere && PARTY_MEMBERS.includes(viewer.roleHere)) {
    lookups.push(requiredLookup(db, org, viewer, now))
  }
  return lookups
}

/**
 * The subtree's open 诉求: not yet accepted, past their deadline, and — for an admin, who reviews it
 * (issue.moderate) — held by content security. Held cases count for nobody else.
 */
function issuesLookup(db: Database, org: OrgRecord, viewer: Viewer, now: Date): object {
  const _ = db.command
  const $ = db.command.aggregate
  const { pipeline } = pipelineTools(db)
  const reviews = permits(viewer.roles, ADMINS)
  const released = $.eq(['$held', false])
  const count = (condition: object) => $.sum($.cond([condition, 1, 0]))
  return {
    from: 'issues',
    pipeline: pipeline()
      .match({
        orgPath: org._id,
        status: _.in([...OPEN_STATUSES]),
        ...(reviews ? {} : { held: false }),
      })
      .group({
        _id: null,
        unanswered: count($.and([released, $.eq(['$status', 'submitted'])])),
        overdue: count($.and([released, $.lt(['$dueAt', now])])),
        held: reviews ? count($.eq(['$held', true])) : $.sum(0),
      })
      .done(),
    as: 'todoIssues',
  }
}

/** What waits for a 支委's review: lessons (as lesson.listReviewQueue) and activity content. */
function reviewLookups(db: Database, org: OrgRecord, viewer: Viewer, now: Date): object[] {
  const _ = db.command
  const $ = db.command.aggregate
  const { pipeline } = pipelineTools(db)
  const leads = permits(viewer.roles, ['secretary'])
  return [
    {
      from: 'orgs',
      pipeline: pipeline()
        .match(_.and([_.or([{ _id: org._id }, { ancestors: org._id }]), { archived: false }]))
        .lookup({
          from: 'lessons',
          let: { id: '$_id' },
          pipeline: pipeline()
            .match(awaitingReviewBy(db, viewer.openid, leads))
            .project({ _id: 1 })
            .done(),
          as: 'pending',
        })
        .group({ _id: null, count: $.sum($.size('$pending')) })
        .done(),
      as: 'todoLessons',
    },
    {
      // activity.reviewActivity / reviewPhoto / reviewReflection act on the org's own activities.
      from: 'activities',
      pipeline: pipeline()
        .match({
          orgId: org._id,
          startsAt: _.gte(new Date(now.getTime() - REVIEW_WINDOW_DAYS * DAY_MS)),
        })
        .sort({ startsAt: 1 })
        .limit(REVIEWED_ACTIVITIES)
        .project({
          _id: 1,
          // Nobody reviews the activity they published themselves.
          held: $.and([$.eq(['$status', 'held']), $.neq(['$createdBy', viewer.openid])]),
          photos: $.size(
            $.filter({
              input: $.objectToArray($.ifNull(['$photos', {}])),
              as: 'photo',
              cond: $.eq(['$$photo.v.status', 'pending']),
            }),
          ),
        })
        .lookup(
          signupsLookup(db, 'reflections', [$.eq(['$reflection.status', 'held'])], (signups) =>
            signups.project({ _id: 1 }),
          ),
        )
        .done(),
      as: 'todoActivities',
    },
  ]
}

/** The 规定动作 of this org's line due within a week, with the viewer's progress on each. */
function requiredLookup(db: Database, org: OrgRecord, viewer: Viewer, now: Date): object {
  const _ = db.command
  const $ = db.command.aggregate
  const { pipeline } = pipelineTools(db)
  return {
    from: 'lessons',
    pipeline: pipeline()
      .match({
        requiredOrgId: _.in([...org.ancestors, org._id]),
        status: 'published',
        requiredDue: _.gt(now).and(_.lte(new Date(now.getTime() + REQUIRED_AHEAD_DAYS * DAY_MS))),
      })
      .sort({ requiredDue: 1 })
      .limit(REQUIRED_SHOWN)
      .project({ _id: 1, progressId: $.concat(['$_id', `_${viewer.openid}`]) })
      .lookup({ from: 'lessonProgress', localField: 'progressId', foreignField: '_id', as: 'mine' })
      .project({ _id: 1, 'mine.completedAt': 1 })
      .done(),
    as: 'todoRequired',
  }
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
  const unfinished = (row?.todoRequired ?? []).filter(
    (lesson) => !lesson.mine.some((progress) => progress.completedAt),
  )
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
      held: row?.todoIssues?.[0]?.held ?? 0,
    },
    lessonsToReview: row?.todoLessons?.[0]?.count ?? 0,
    activityReviews: activityReviewsOf(row?.todoActivities ?? []),
    requiredLessons: { count: unfinished.length, lessonId: unfinished[0]?._id ?? null },
    unreadNotices,
  }
}

function activityReviewsOf(activities: NonNullable<TodoRow['todoActivities']>) {
  const waiting = activities
    .map((activity) => ({
      id: activity._id,
      count: (activity.held ? 1 : 0) + activity.photos + activity.reflections.length,
    }))
    .filter((activity) => activity.count > 0)
  return {
    count: waiting.reduce((sum, activity) => sum + activity.count, 0),
    activityId: waiting[0]?.id ?? null,
  }
}
