import { completenessFrom } from '../../_shared/completeness'
import { baseFor, monthView } from '../../_shared/records/dues'
import { MEETING_KINDS, type Completeness, type CompletenessItem } from '../../../types/meeting'
import {
  ATTENTION_KINDS,
  ATTENTION_THRESHOLDS,
  type AttendanceFigures,
  type AttentionKind,
  type CompletenessFigures,
  type DashboardFigures,
  type DuesFigures,
  type IssueFigures,
  type LessonFigures,
  type RequiredLessonProgress,
} from '../../../types/stats'
import type { DashboardFacts, DuesFacts } from './facts'
import type { Period } from './period'
import { lessonsFor, type DashboardScope, type ScopeOrg } from './scope'

/** A branch's figures plus the raw values a roll-up needs (a median is not a sum of medians). */
export interface BranchFigures {
  branch: ScopeOrg
  figures: DashboardFigures
  lessons: RequiredLessonProgress[]
  customRhythm: boolean
  hours: number[]
  ratings: number[]
}

const percentOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 100)

const round1 = (value: number) => Math.round(value * 10) / 10

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Groups rows by a key (a branch), so each branch reads only its own facts. */
function indexBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const row of rows) {
    const found = map.get(key(row))
    if (found) found.push(row)
    else map.set(key(row), [row])
  }
  return map
}

/** The shared meter's result, with how far along the rhythm should be by now. */
function completenessFigures(meter: Completeness, quarterElapsed: number): CompletenessFigures {
  const { items, required, fulfilled, percent } = meter
  const dueByNow = items.reduce((sum, item) => sum + Math.floor(item.required * quarterElapsed), 0)
  return { items, required, fulfilled, percent, dueByNow }
}

function issueFigures(
  counts: Pick<IssueFigures, 'open' | 'overdue' | 'escalated' | 'resolved'>,
  hours: number[],
  ratings: number[],
): IssueFigures {
  const middle = median(hours)
  return {
    ...counts,
    medianResolutionHours: middle === null ? null : round1(middle),
    rated: ratings.length,
    averageRating:
      ratings.length === 0
        ? null
        : round1(ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length),
    satisfiedPercent: percentOf(ratings.filter((rating) => rating >= 4).length, ratings.length),
  }
}

export function attentionOf(figures: Omit<DashboardFigures, 'attention'>): AttentionKind[] {
  const { completeness, attendance, lessons, issues } = figures
  const flags: Record<AttentionKind, boolean> = {
    completeness: completeness.fulfilled < completeness.dueByNow,
    attendance:
      attendance.percent !== null && attendance.percent < ATTENTION_THRESHOLDS.attendancePercent,
    lessons: lessons.percent !== null && lessons.percent < ATTENTION_THRESHOLDS.lessonPercent,
    overdueIssues: issues.overdue > 0,
  }
  return ATTENTION_KINDS.filter((kind) => flags[kind])
}

/** A branch's 党费 over `months`: every member-month as the 支委会's month sees it, summed. */
function duesFigures(members: readonly DuesFacts[], months: readonly string[]): DuesFigures {
  let dueFen = 0
  let receivedFen = 0
  let collectedFen = 0
  let paid = 0
  let unpaid = 0
  for (const member of members) {
    for (const month of months) {
      const view = monthView(month, baseFor(member.bases, month), member.entries)
      if (view.status === 'exempt' || view.status === 'undeclared') continue
      const due = view.dueFen ?? 0
      dueFen += due
      receivedFen += view.paidFen
      collectedFen += Math.min(Math.max(0, view.paidFen), due)
      if (view.status === 'paid') paid += 1
      else unpaid += 1
    }
  }
  return {
    dueFen,
    receivedFen,
    collectedFen,
    paid,
    unpaid,
    percent: percentOf(collectedFen, dueFen),
  }
}

/** Turns the grouped facts into each branch's figures. Pure: the tests feed it by hand too. */
export function branchFigures(
  scope: DashboardScope,
  facts: DashboardFacts,
  period: Period,
): BranchFigures[] {
  const { branchOf } = scope
  const members = new Map(facts.members.map((row) => [row._id, row.members]))
  const completions = new Map<string, number>()
  for (const { _id, completed } of facts.completions) {
    for (const orgId of _id.orgs) {
      const key = `${orgId}|${_id.lessonId}`
      completions.set(key, (completions.get(key) ?? 0) + completed)
    }
  }
  const meetingsByBranch = indexBy(facts.meetings, (row) => branchOf.get(row._id.orgId))
  const activitiesByBranch = indexBy(facts.activities, (row) => branchOf.get(row._id))
  const issuesByBranch = indexBy(facts.issues, (row) => branchOf.get(row._id))
  const duesByBranch = indexBy(facts.dues, (row) => row.orgId)
  const quarterMonths = new Set(period.quarterMonths)
  const themeDayMonths = new Map<string, string[]>()
  for (const { _id } of facts.themeDays) {
    themeDayMonths.set(_id.orgId, [...(themeDayMonths.get(_id.orgId) ?? []), _id.month])
  }

  return scope.branches.map((branch) => {
    const memberCount = members.get(branch._id) ?? 0
    const meetings = meetingsByBranch.get(branch._id) ?? []

    // 三会一课 by the shared meter (completenessFrom), fed with the quarter's cells of the branch and
    // its 党小组 (the meter counts a 党小组's 党小组会 for the branch) and its 主题党日 activities.
    const quarterCells = meetings.filter((cell) => quarterMonths.has(cell._id.month))
    const meter = completenessFrom(
      branch,
      period.year,
      period.quarter,
      quarterCells,
      themeDayMonths.get(branch._id) ?? [],
    )

    // Attendance: every meeting of the branch and its 党小组, month by month.
    const months = period.months.map((month) => {
      const cells = meetings.filter((cell) => cell._id.month === month)
      const expected = cells.reduce((sum, cell) => sum + cell.expected, 0)
      const attended = cells.reduce((sum, cell) => sum + cell.attended, 0)
      return {
        month,
        meetings: cells.reduce((sum, cell) => sum + cell.held, 0),
        expected,
        attended,
        percent: percentOf(attended, expected),
      }
    })

    const required = lessonsFor(branch, scope.lessons)
      .sort((a, b) => a.requiredDue.getTime() - b.requiredDue.getTime())
      .map((lesson): RequiredLessonProgress => ({
        id: lesson._id,
        title: lesson.title,
        due: lesson.requiredDue.toISOString(),
        members: memberCount,
        // A member in two branches is counted in each (the roll-up counts them once).
        completed: completions.get(`${branch._id}|${lesson._id}`) ?? 0,
      }))

    const issueCells = issuesByBranch.get(branch._id) ?? []
    const hours = issueCells.flatMap((cell) => cell.hours)
    const ratings = issueCells.flatMap((cell) => cell.ratings)
    const sum = (key: 'open' | 'overdue' | 'escalated' | 'resolved') =>
      issueCells.reduce((total, cell) => total + cell[key], 0)

    const figures = {
      members: memberCount,
      completeness: completenessFigures(meter, period.quarterElapsed),
      attendance: attendanceFigures(months),
      lessons: lessonFigures(required),
      activities: (activitiesByBranch.get(branch._id) ?? []).reduce(
        (total, row) => total + row.held,
        0,
      ),
      issues: issueFigures(
        {
          open: sum('open'),
          overdue: sum('overdue'),
          escalated: sum('escalated'),
          resolved: sum('resolved'),
        },
        hours,
        ratings,
      ),
      dues: duesFigures(duesByBranch.get(branch._id) ?? [], period.months),
    }
    return {
      branch,
      figures: { ...figures, attention: attentionOf(figures) },
      lessons: required,
      customRhythm: meter.customRhythm,
      hours,
      ratings,
    }
  })
}

function attendanceFigures(months: AttendanceFigures['months']): AttendanceFigures {
  const expected = months.reduce((sum, month) => sum + month.expected, 0)
  const attended = months.reduce((sum, month) => sum + month.attended, 0)
  return {
    months,
    meetings: months.reduce((sum, month) => sum + month.meetings, 0),
    expected,
    attended,
    percent: percentOf(attended, expected),
  }
}

function lessonFigures(lessons: RequiredLessonProgress[]): LessonFigures {
  const expected = lessons.reduce((sum, lesson) => sum + lesson.members, 0)
  const completed = lessons.reduce((sum, lesson) => sum + lesson.completed, 0)
  return { lessons: lessons.length, expected, completed, percent: percentOf(completed, expected) }
}

/**
 * The subtree's 必学课: per lesson, the distinct 党员 of the branches it reaches and how many of them
 * finished it — someone in two branches is required, and finishes, once.
 */
function lessonTotals(
  branches: BranchFigures[],
  facts: Pick<DashboardFacts, 'completions' | 'memberSets'>,
): LessonFigures {
  const ids = new Set(branches.flatMap((entry) => entry.lessons.map((lesson) => lesson.id)))
  let expected = 0
  let completed = 0
  for (const id of ids) {
    const reached = new Set(
      branches
        .filter((entry) => entry.lessons.some((lesson) => lesson.id === id))
        .map((entry) => entry.branch._id),
    )
    const inReach = (orgs: string[]) => orgs.some((orgId) => reached.has(orgId))
    for (const row of facts.memberSets) if (inReach(row._id)) expected += row.people
    for (const row of facts.completions) {
      if (row._id.lessonId === id && inReach(row._id.orgs)) completed += row.completed
    }
  }
  // Distinct lessons: one pushed down from above reaches every branch but is one lesson.
  return { lessons: ids.size, expected, completed, percent: percentOf(completed, expected) }
}

/**
 * The subtree's figures: every branch's added up (medians and averages over all the raw values),
 * except its 党员, who are `people` — distinct, however many branches each is in — and its 必学课
 * (`lessonTotals`), each person once.
 */
export function rollUp(
  branches: BranchFigures[],
  facts: Pick<DashboardFacts, 'people' | 'completions' | 'memberSets'>,
  period: Period,
): DashboardFigures {
  const all = branches.map((entry) => entry.figures)
  const total = (pick: (figures: DashboardFigures) => number) =>
    all.reduce((sum, figures) => sum + pick(figures), 0)
  const items = MEETING_KINDS.map((kind, index): CompletenessItem => ({
    kind,
    required: total((figures) => figures.completeness.items[index].required),
    held: total((figures) => figures.completeness.items[index].held),
    recorded: total((figures) => figures.completeness.items[index].recorded),
  }))
  // Each branch's fulfilled is counted up to its own requirement, so one branch's extra meetings
  // fill no other branch's gap.
  const required = total((figures) => figures.completeness.required)
  const fulfilled = total((figures) => figures.completeness.fulfilled)
  const completeness: CompletenessFigures = {
    items,
    required,
    fulfilled,
    percent: required === 0 ? 100 : Math.round((fulfilled / required) * 100),
    dueByNow: total((figures) => figures.completeness.dueByNow),
  }

  const months = period.months.map((month, index) => {
    const expected = total((figures) => figures.attendance.months[index].expected)
    const attended = total((figures) => figures.attendance.months[index].attended)
    return {
      month,
      meetings: total((figures) => figures.attendance.months[index].meetings),
      expected,
      attended,
      percent: percentOf(attended, expected),
    }
  })
  const figures = {
    members: facts.people,
    completeness,
    attendance: attendanceFigures(months),
    lessons: lessonTotals(branches, facts),
    activities: total((figures) => figures.activities),
    issues: issueFigures(
      {
        open: total((figures) => figures.issues.open),
        overdue: total((figures) => figures.issues.overdue),
        escalated: total((figures) => figures.issues.escalated),
        resolved: total((figures) => figures.issues.resolved),
      },
      branches.flatMap((entry) => entry.hours),
      branches.flatMap((entry) => entry.ratings),
    ),
    dues: rollUpDues(all.map((figures) => figures.dues)),
  }
  return { ...figures, attention: attentionOf(figures) }
}

/** The subtree's 党费: sums, and the rate of the sums (not an average of rates). */
function rollUpDues(branches: readonly DuesFigures[]): DuesFigures {
  const total = (pick: (dues: DuesFigures) => number) =>
    branches.reduce((sum, dues) => sum + pick(dues), 0)
  const dueFen = total((dues) => dues.dueFen)
  const collectedFen = total((dues) => dues.collectedFen)
  return {
    dueFen,
    receivedFen: total((dues) => dues.receivedFen),
    collectedFen,
    paid: total((dues) => dues.paid),
    unpaid: total((dues) => dues.unpaid),
    percent: percentOf(collectedFen, dueFen),
  }
}
