import type { Database } from '../../_shared/cloud'
import { aggregateRows } from '../../_shared/db'
import type { OrgRecord } from '../../_shared/policy'
import {
  DEFAULT_RHYTHM,
  MEETING_KINDS,
  type Completeness,
  type MeetingKind,
  type MeetingRhythm,
} from '../../../types/meeting'
import { shanghaiMidnight, shanghaiParts } from './meetings'

/** The org doc may carry its own `rhythm` (set with setRhythm); missing kinds fall back to the default. */
export function rhythmOf(org: OrgRecord): { rhythm: MeetingRhythm; custom: boolean } {
  const stored = (org as OrgRecord & { rhythm?: Partial<MeetingRhythm> }).rhythm
  if (!stored) return { rhythm: { ...DEFAULT_RHYTHM }, custom: false }
  const rhythm = { ...DEFAULT_RHYTHM }
  for (const kind of MEETING_KINDS) {
    if (typeof stored[kind] === 'number') rhythm[kind] = stored[kind] as number
  }
  return { rhythm, custom: true }
}

export function currentQuarter(now: Date): { year: number; quarter: number } {
  const { year, month } = shanghaiParts(now)
  return { year, quarter: Math.floor((month - 1) / 3) + 1 }
}

/** The quarter's bounds in Asia/Shanghai, as UTC instants [from, to). */
export function quarterBounds(year: number, quarter: number): { from: Date; to: Date } {
  const pad = (month: number) => String(month).padStart(2, '0')
  const startMonth = (quarter - 1) * 3 + 1
  const from = shanghaiMidnight(`${year}-${pad(startMonth)}-01`)
  const to =
    quarter === 4
      ? shanghaiMidnight(`${year + 1}-01-01`)
      : shanghaiMidnight(`${year}-${pad(startMonth + 3)}-01`)
  return { from, to }
}

interface KindCount {
  _id: MeetingKind
  held: number
  recorded: number
}

/**
 * Held vs required per kind for one org and quarter, in one round trip: a meeting counts as held once it
 * has ended without being cancelled; `recorded` counts those with minutes (what an inspection reads).
 */
export async function completenessOf(
  db: Database,
  org: OrgRecord,
  year: number,
  quarter: number,
  now: Date,
): Promise<Completeness> {
  const _ = db.command
  const $ = _.aggregate
  const { from, to } = quarterBounds(year, quarter)
  const counts = await aggregateRows<KindCount>(
    db
      .collection('meetings')
      .aggregate()
      .match({
        orgId: org._id,
        status: 'scheduled',
        startsAt: _.gte(from).and(_.lt(to)),
        endsAt: _.lte(now),
      })
      .group({
        _id: '$kind',
        held: $.sum(1),
        recorded: $.sum($.cond([$.gt(['$minutesVersion', 0]), 1, 0])),
      })
      .limit(MEETING_KINDS.length)
      .end(),
  )
  const { rhythm, custom } = rhythmOf(org)
  const items = MEETING_KINDS.map((kind) => {
    const count = counts.find((row) => row._id === kind)
    return {
      kind,
      required: rhythm[kind],
      held: count?.held ?? 0,
      recorded: count?.recorded ?? 0,
    }
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
