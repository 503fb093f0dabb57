import {
  DEFAULT_RHYTHM,
  MEETING_KINDS,
  type Completeness,
  type MeetingKind,
  type MeetingRhythm,
} from '../../types/meeting'
import type { Database } from './cloud'
import type { OrgRecord } from './policy'
import { quarterBounds, quarterMonths, shanghaiMonth } from './time'

/**
 * The 三会一课 completeness meter, shared by the meeting function, the 支部 home and the dashboards:
 * held vs required per kind in a quarter, by the org's rhythm (《支部工作条例》 defaults, overridable
 * per org). A meeting counts once it has ended without being cancelled; a 主题党日 counts per month,
 * held either as a themeDay meeting or as a themeDay activity people checked in to.
 */
export function rhythmOf(org: OrgRecord): { rhythm: MeetingRhythm; custom: boolean } {
  const stored = (org as OrgRecord & { rhythm?: Partial<MeetingRhythm> }).rhythm
  if (!stored) return { rhythm: { ...DEFAULT_RHYTHM }, custom: false }
  const rhythm = { ...DEFAULT_RHYTHM }
  for (const kind of MEETING_KINDS) {
    if (typeof stored[kind] === 'number') rhythm[kind] = stored[kind] as number
  }
  return { rhythm, custom: true }
}

/** Meetings held in the quarter by these orgs (usable as a `$match`, also inside a lookup). */
export function heldMeetingsMatch(
  db: Database,
  orgIds: string[],
  year: number,
  quarter: number,
  now: Date,
) {
  const _ = db.command
  const { from, to } = quarterBounds(year, quarter)
  return {
    orgId: _.in(orgIds),
    status: 'scheduled',
    startsAt: _.gte(from).and(_.lt(to)),
    endsAt: _.lte(now),
  }
}

/** Per kind: how many were held and recorded, and when (for the 主题党日 months). */
export function heldMeetingsGroup(db: Database) {
  const $ = db.command.aggregate
  return {
    _id: '$kind',
    held: $.sum(1),
    recorded: $.sum($.cond([$.gt(['$minutesVersion', 0]), 1, 0])),
    starts: $.push('$startsAt'),
  }
}

export interface HeldKind {
  _id: MeetingKind
  held: number
  recorded: number
  starts: (Date | string)[]
}

/** ThemeDay activities that took place in the quarter: not cancelled, ended, someone checked in. */
export function heldThemeDayActivitiesMatch(
  db: Database,
  orgIds: string[],
  year: number,
  quarter: number,
  now: Date,
) {
  const _ = db.command
  return {
    kind: 'themeDay',
    status: 'published',
    orgId: _.in(orgIds),
    monthKey: _.in(quarterMonths(year, quarter)),
    endsAt: _.lte(now),
    checkedIn: _.gt(0),
  }
}

export function completenessFrom(
  org: OrgRecord,
  year: number,
  quarter: number,
  kinds: HeldKind[],
  themeDayActivityMonths: string[],
): Completeness {
  const { rhythm, custom } = rhythmOf(org)
  const items = MEETING_KINDS.map((kind) => {
    const count = kinds.find((row) => row._id === kind)
    if (kind !== 'themeDay') {
      return {
        kind,
        required: rhythm[kind],
        held: count?.held ?? 0,
        recorded: count?.recorded ?? 0,
      }
    }
    const months = new Set([...(count?.starts ?? []).map(shanghaiMonth), ...themeDayActivityMonths])
    return { kind, required: rhythm[kind], held: months.size, recorded: count?.recorded ?? 0 }
  })
  const required = items.reduce((sum, item) => sum + item.required, 0)
  const fulfilled = items.reduce((sum, item) => sum + Math.min(item.held, item.required), 0)
  return {
    orgId: org._id,
    year,
    quarter,
    items,
    required,
    fulfilled,
    percent: required === 0 ? 100 : Math.round((fulfilled / required) * 100),
    rhythm,
    customRhythm: custom,
  }
}
