import {
  ATTENDED,
  DEFAULT_RHYTHM,
  MEETING_KINDS,
  MINUTED_KINDS,
  MONTHLY_KINDS,
  type Completeness,
  type MeetingKind,
  type MeetingRhythm,
} from '../../types/meeting'
import type { Database } from './cloud'
import { pipelineTools } from './db'
import type { OrgRecord } from './policy'
import { quarterBounds, quarterMonths, SHANGHAI_TIMEZONE } from '../../types/time'

/**
 * The 三会一课 completeness meter, shared by the meeting function, the 支部 home and the dashboards:
 * held vs required per kind in a quarter, by the org's rhythm (《支部工作条例》 defaults, overridable
 * per org).
 *
 * What counts as held, everywhere: a meeting that ended without being cancelled, that someone attended
 * (signed in, late, or by proxy), and — for kinds whose record is the minutes — that has minutes. A
 * branch's meter counts its own meetings plus the 党小组会 of its 党小组. Monthly kinds count month by
 * month (MONTHLY_KINDS); a 主题党日 month is held by a themeDay meeting or a themeDay activity people
 * checked in to.
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

/** Ended meetings of one org × month × kind: how many count as held, how many are minuted. */
export interface MeetingCell {
  _id: { orgId: string; month: string; kind: MeetingKind }
  counted: number
  recorded: number
}

/** A meeting's attendance rows as `rows`, for `meetingCellFields`. */
export const ATTENDANCE_ROWS = {
  from: 'attendance',
  localField: '_id',
  foreignField: 'meetingId',
  as: 'rows',
} as const

/** `$project` fields of one meeting (after ATTENDANCE_ROWS) that `meetingCellGroup` adds up. */
export function meetingCellFields(db: Database) {
  const $ = db.command.aggregate
  const flag = (condition: unknown) => $.cond([condition, 1, 0])
  const attended = $.filter({
    input: '$rows',
    as: 'row',
    cond: $.in(['$$row.status', [...ATTENDED]]),
  })
  const minuted = $.gt(['$minutesVersion', 0])
  const unminutedKinds = MEETING_KINDS.filter((kind) => !MINUTED_KINDS.includes(kind))
  return {
    orgId: 1,
    kind: 1,
    month: $.dateToString({ date: '$startsAt', format: '%Y-%m', timezone: SHANGHAI_TIMEZONE }),
    recorded: flag(minuted),
    counted: flag(
      $.and([$.gt([$.size(attended), 0]), $.or([minuted, $.in(['$kind', unminutedKinds])])]),
    ),
  }
}

/** `$group` of meetingCellFields into MeetingCells. */
export function meetingCellGroup(db: Database) {
  const $ = db.command.aggregate
  return {
    _id: { orgId: '$orgId', month: '$month', kind: '$kind' },
    counted: $.sum('$counted'),
    recorded: $.sum('$recorded'),
  }
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

/** What the meter lookups add to an org's row. */
export interface MeterFacts {
  meterGroups: { _id: string }[]
  meterCells: MeetingCell[]
  themeDayMonths: { _id: string }[]
}

/**
 * The lookups that feed one org's meter, for an aggregate over `orgs` matched to that org: its 党小组
 * (`meterGroups`), the quarter's meeting cells of the org and those 党小组 (`meterCells`), and the
 * months of its 主题党日 activities (`themeDayMonths`). One round trip with whatever else the caller
 * looks up.
 */
export function meterLookups(
  db: Database,
  orgId: string,
  year: number,
  quarter: number,
  now: Date,
): Record<string, unknown>[] {
  const _ = db.command
  const $ = db.command.aggregate
  const { expr, pipeline } = pipelineTools(db)
  const { from, to } = quarterBounds(year, quarter)
  return [
    {
      from: 'orgs',
      pipeline: pipeline()
        .match({ parentId: orgId, archived: false, kind: 'group' })
        .project({ _id: 1 })
        .limit(100)
        .done(),
      as: 'meterGroups',
    },
    {
      from: 'meetings',
      let: { unitIds: $.concatArrays([[orgId], '$meterGroups._id']) },
      pipeline: pipeline()
        .match(
          _.and([
            expr($.in(['$orgId', '$$unitIds'])),
            { status: 'scheduled', startsAt: _.gte(from).and(_.lt(to)), endsAt: _.lte(now) },
          ]),
        )
        .lookup(ATTENDANCE_ROWS)
        .project(meetingCellFields(db))
        .group(meetingCellGroup(db))
        .done(),
      as: 'meterCells',
    },
    {
      from: 'activities',
      pipeline: pipeline()
        .match(heldThemeDayActivitiesMatch(db, [orgId], year, quarter, now))
        .group({ _id: '$monthKey' })
        .done(),
      as: 'themeDayMonths',
    },
  ]
}

export function meterFrom(
  org: OrgRecord,
  year: number,
  quarter: number,
  facts: MeterFacts | undefined,
): Completeness {
  return completenessFrom(
    org,
    year,
    quarter,
    facts?.meterCells ?? [],
    (facts?.themeDayMonths ?? []).map((month) => month._id),
  )
}

/**
 * The meter from the cells of a branch and its 党小组 (any other org's cells must not be passed): the
 * branch's own meetings of every kind, plus 党小组会 held in a 党小组.
 */
export function completenessFrom(
  org: OrgRecord,
  year: number,
  quarter: number,
  cells: readonly MeetingCell[],
  themeDayActivityMonths: readonly string[],
): Completeness {
  const { rhythm, custom } = rhythmOf(org)
  const months = quarterMonths(year, quarter)
  const counting = cells.filter((cell) => cell._id.orgId === org._id || cell._id.kind === 'group')
  const items = MEETING_KINDS.map((kind) => {
    const mine = counting.filter((cell) => cell._id.kind === kind)
    const required = rhythm[kind]
    const recorded = mine.reduce((sum, cell) => sum + cell.recorded, 0)
    if (!MONTHLY_KINDS.includes(kind)) {
      return { kind, required, held: mine.reduce((sum, cell) => sum + cell.counted, 0), recorded }
    }
    const perMonth = Math.max(1, Math.ceil(required / months.length))
    const byMonth = new Map<string, number>()
    for (const cell of mine) {
      byMonth.set(cell._id.month, (byMonth.get(cell._id.month) ?? 0) + cell.counted)
    }
    if (kind === 'themeDay') {
      for (const month of themeDayActivityMonths) byMonth.set(month, (byMonth.get(month) ?? 0) + 1)
    }
    const held = [...byMonth].reduce((sum, [, count]) => sum + Math.min(count, perMonth), 0)
    return { kind, required, held, recorded }
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
