import { SHANGHAI_OFFSET_MS } from '../../../types/time'
import { recordOf, type ActionContext } from '../../_shared/action'
import type { Database } from '../../_shared/cloud'
import { aggregateRows, pipelineTools } from '../../_shared/db'
import { conflict, forbidden, notFound } from '../../_shared/errors'
import { wrongCodesFilter } from '../../_shared/signin-attempts'
import type { RecordPolicy } from '../../_shared/policy'
import { ANY_ROLE, COMMITTEE, LEADERS, permits } from '../../../types/roles'
import type { MeetingPermissions, MeetingSummary } from '../../../types/meeting'
import type { Role } from '../../../types/user'
import { phaseOf, signInOpensAt, type MeetingRecord } from '../../_shared/records/meeting'
import type { AttendanceRecord } from '../../_shared/records/attendance'
import { countAttendance } from './attendance'

export { phaseOf, signInOpensAt }

/**
 * Sign-in happens only while the meeting is open (from 30 minutes before the start to the end): the
 * host's code and a member's sign-in are refused alike. `afterwards` says what is left once it ended.
 */
export function requireSignInOpen(
  meeting: Pick<MeetingRecord, 'status' | 'startsAt' | 'endsAt'>,
  now: Date,
  afterwards: string,
): void {
  switch (phaseOf(meeting, now)) {
    case 'cancelled':
      throw conflict('会议已取消，不需要签到')
    case 'ended':
      throw conflict(`会议已结束，签到已关闭；${afterwards}`)
    case 'upcoming':
      throw conflict(`签到将于 ${shanghai(signInOpensAt(meeting)).slice(5)} 开放（会前 30 分钟）`)
    case 'open':
      return
  }
}

/** What a meeting row joins, depending on what the action needs. */
export type AttendanceJoin = 'none' | 'brief' | 'full'

export interface LoadedMeeting {
  meeting: MeetingRecord
  orgName: string
  /** This meeting's attendance rows ('brief': openid and status only). */
  attendance: AttendanceRecord[]
  /** Wrong sign-in codes the caller typed lately (for the attempt limit, _shared/signin-attempts.ts). */
  recentWrongCodes: number
}

interface MeetingRow extends MeetingRecord {
  org: { name?: string }[]
  attendance?: AttendanceRecord[]
  refusals?: unknown[]
}

/** The audit action of a wrong sign-in code (counted by _shared/signin-attempts.ts). */
export const SIGN_IN_REFUSED = 'meeting.signInRefused'

interface LoadOptions {
  attendance: AttendanceJoin
  refusalsOf?: string
  now?: Date
}

/** A meeting that must be there (one the action just wrote). */
export async function loadMeeting(
  db: Database,
  meetingId: string,
  options: LoadOptions,
): Promise<LoadedMeeting> {
  const loaded = await findMeeting(db, meetingId, options)
  if (!loaded) throw notFound('会议')
  return loaded
}

/**
 * One round trip: the meeting, its org's name, its attendance rows as asked, and (for sign-in) how
 * many wrong codes the caller tried lately.
 */
async function findMeeting(
  db: Database,
  meetingId: string,
  options: LoadOptions,
): Promise<LoadedMeeting | undefined> {
  const { pipeline } = pipelineTools(db)
  let query = db
    .collection('meetings')
    .aggregate()
    .match({ _id: meetingId })
    .limit(1)
    .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
  if (options.attendance !== 'none') {
    const rows = pipeline().match({ meetingId })
    query = query.lookup({
      from: 'attendance',
      pipeline: (options.attendance === 'brief'
        ? rows.project({ openid: 1, status: 1 })
        : rows
      ).done(),
      as: 'attendance',
    })
  }
  if (options.refusalsOf) {
    const scope = {
      refusedAction: SIGN_IN_REFUSED,
      target: meetingId,
      actor: options.refusalsOf,
      now: options.now ?? new Date(),
    }
    query = query.lookup({
      from: 'audit',
      pipeline: pipeline().match(wrongCodesFilter(db, scope)).project({ _id: 1 }).done(),
      as: 'refusals',
    })
  }
  const [row] = await aggregateRows<MeetingRow>(query.end())
  if (!row) return undefined
  const { org, attendance, refusals, ...meeting } = row
  return {
    meeting,
    orgName: org[0]?.name ?? '',
    attendance: attendance ?? [],
    recentWrongCodes: refusals?.length ?? 0,
  }
}

export interface MeetingAccess {
  /** Roles the caller holds in the meeting's org or above (empty for an expected guest). */
  roles: Role[]
  can: MeetingPermissions
}

export function permissionsOf(
  meeting: MeetingRecord,
  roles: readonly Role[],
  openid: string,
): MeetingPermissions {
  const committee = permits(roles, COMMITTEE)
  return {
    manage: committee,
    showCode: committee || meeting.hostId === openid,
    record: committee || meeting.recorderId === openid,
    decide: permits(roles, LEADERS),
  }
}

/**
 * Who reads what of the minutes. A 支委会's minutes are the committee's: its members (and admins
 * above) and whoever the meeting expected; other kinds' minutes every member. Absence reasons are
 * personal (illness, family): those who record or decide see them all, everyone else only their own.
 */
export function minutesReadingOf(
  meeting: MeetingRecord,
  roles: readonly Role[],
  openid: string,
  can: MeetingPermissions,
): { minutes: boolean; reasons: 'all' | 'own' } {
  const minutes =
    meeting.kind !== 'committee' || permits(roles, COMMITTEE) || meeting.expected.includes(openid)
  return { minutes, reasons: can.record || can.decide ? 'all' : 'own' }
}

/** What an action needs of the caller, beyond seeing the meeting. */
export type Need = 'attend' | keyof MeetingPermissions

/**
 * Meetings are addressed by id alone (a QR code or a group card carries no org), so their actions use
 * this record policy: it loads the meeting with what the action joins, and the meeting's own org
 * decides. Anyone with a role in that org (or above) sees and attends it; so does an expected guest
 * from elsewhere; anyone else is told it does not exist. `guestFirst` (attending needs no more than
 * being expected) skips the round trip for the caller's roles when they are expected.
 */
export function byMeeting(
  attendance: AttendanceJoin,
  options: { refusals?: true; guestFirst?: true } = {},
): RecordPolicy<{ meetingId: string }, LoadedMeeting> {
  return {
    kind: 'record',
    noun: '会议',
    load: (db, { meetingId }, caller) =>
      findMeeting(db, meetingId, {
        attendance,
        refusalsOf: options.refusals ? caller.openid : undefined,
      }),
    orgOf: (loaded) => loaded.meeting.orgId,
    sees: () => ANY_ROLE,
    guest: (loaded, openid) => loaded.meeting.expected.includes(openid),
    guestFirst: options.guestFirst,
  }
}

/** The meeting `byMeeting` loaded for this call. */
export function loadedMeeting(context: ActionContext): LoadedMeeting {
  return recordOf<LoadedMeeting>(context)
}

/**
 * What the caller may do with the meeting `byMeeting` let them see; refuses (FORBIDDEN) when it is
 * not `need`.
 */
export function accessMeeting(context: ActionContext, need: Need): MeetingAccess {
  const { meeting } = loadedMeeting(context)
  const roles = context.grant?.roles ?? []
  const can = permissionsOf(meeting, roles, context.caller.openid)
  const allowed = need === 'attend' ? true : can[need]
  if (!allowed) throw forbidden(REFUSALS[need])
  return { roles, can }
}

const REFUSALS: Record<Need, string> = {
  attend: '',
  manage: '只有支委和书记可以修改会议',
  showCode: '只有主持人、支委和书记可以出示签到码',
  record: '只有记录人、支委和书记可以填写会议纪要',
  decide: '只有书记、副书记可以审批和代签',
}

export function toSummary(
  meeting: MeetingRecord,
  attendance: Pick<AttendanceRecord, 'openid' | 'status'>[],
  openid: string,
  now: Date,
): MeetingSummary {
  const mine = attendance.find((row) => row.openid === openid)
  const counts = countAttendance(meeting, attendance)
  return {
    id: meeting._id,
    orgId: meeting.orgId,
    kind: meeting.kind,
    title: meeting.title,
    startsAt: new Date(meeting.startsAt).toISOString(),
    endsAt: new Date(meeting.endsAt).toISOString(),
    place: meeting.place,
    phase: phaseOf(meeting, now),
    expectedCount: counts.expected,
    attendedCount: counts.attended,
    myStatus: mine?.status ?? null,
    expectedMe: meeting.expected.includes(openid),
    hasMinutes: meeting.minutes !== null && meeting.minutes !== undefined,
  }
}

/** `YYYY-MM-DD HH:mm` (or a prefix of it) in Asia/Shanghai. */
export function shanghai(date: Date | string, length = 16): string {
  return new Date(new Date(date).getTime() + SHANGHAI_OFFSET_MS)
    .toISOString()
    .slice(0, length)
    .replace('T', ' ')
}
