import type { ActionSpec } from './contract'
import type { CompletenessItem } from './meeting'
import type { OrgSummary } from './org'
import type { DashboardInput } from './stats.schema'

export type { DashboardInput }

/** The attendance trend covers the current month and the five before it (Asia/Shanghai). */
export const TREND_MONTHS = 6

/**
 * When a figure is worth a second look. Plain thresholds on each branch's own facts — never a
 * comparison between branches, never points.
 */
export const ATTENTION_THRESHOLDS = {
  /** 实到 ÷ 应到 over the trend window. */
  attendancePercent: 80,
  /** Required lessons of the quarter finished by the branch's members. */
  lessonPercent: 60,
} as const

export const ATTENTION_KINDS = ['completeness', 'attendance', 'lessons', 'overdueIssues'] as const
export type AttentionKind = (typeof ATTENTION_KINDS)[number]

export const ATTENTION_LABELS: Record<AttentionKind, string> = {
  completeness: '三会一课进度落后',
  attendance: `到会率低于 ${ATTENTION_THRESHOLDS.attendancePercent}%`,
  lessons: `必学课完成率低于 ${ATTENTION_THRESHOLDS.lessonPercent}%`,
  overdueIssues: '有逾期未答复的诉求',
}

/** The time a dashboard covers. */
export interface StatsPeriod {
  year: number
  quarter: number
  /** The quarter's bounds in Asia/Shanghai, as UTC instants (ISO) [from, to). */
  quarterFrom: string
  quarterTo: string
  /** Share of the quarter gone by, 0–1: what "behind the rhythm" is measured against. */
  quarterElapsed: number
  /** The trend's months, oldest first, as `YYYY-MM` (Asia/Shanghai). */
  months: string[]
  /** When the figures were computed (ISO). */
  asOf: string
}

export interface CompletenessFigures {
  /** Per kind: required by the rhythm, held (ended, not cancelled) and with minutes. */
  items: CompletenessItem[]
  required: number
  /** Held meetings counted up to what each kind requires (as meeting.getCompleteness counts). */
  fulfilled: number
  /** 0–100. */
  percent: number
  /** What the rhythm asks for by today: each kind's requirement × the share of the quarter gone by, rounded down. */
  dueByNow: number
}

export interface AttendanceMonth {
  /** `YYYY-MM` */
  month: string
  /** Meetings held that month (the branch's and its 党小组's). */
  meetings: number
  /** 应到 */
  expected: number
  /** 实到: expected people signed in, approved 补签 or signed in by proxy. */
  attended: number
  /** 0–100, null without meetings. */
  percent: number | null
}

export interface AttendanceFigures {
  months: AttendanceMonth[]
  meetings: number
  expected: number
  attended: number
  percent: number | null
}

/** Required lessons (规定动作) due this quarter or later that reach the branch. */
export interface LessonFigures {
  lessons: number
  /** Members × the lessons required of them. */
  expected: number
  completed: number
  percent: number | null
}

export interface IssueFigures {
  /** Not yet answered (待受理 … 办理中). */
  open: number
  /** Open and past the deadline. */
  overdue: number
  /** Open and already sent up for 督办. */
  escalated: number
  /** Resolved within the trend window. */
  resolved: number
  /**
   * Median hours from submission to resolution over `resolved`; a case closed automatically after
   * the reply counts until the reply (the wait for the submitter is not the branch's time).
   */
  medianResolutionHours: number | null
  /** Ratings given to `resolved` cases (1–5 stars). */
  rated: number
  averageRating: number | null
  /** Share of ratings with 4 or 5 stars, 0–100. */
  satisfiedPercent: number | null
}

/**
 * 党费 over the trend's months, each member-month judged as the 支委会's month judges it (exempt and
 * undeclared months owe nothing; a month marked but not confirmed is not paid). Totals only.
 */
export interface DuesFigures {
  /** What the owing member-months were due, in 分. */
  dueFen: number
  /** Confirmed payments (and corrections) towards them, in 分. */
  receivedFen: number
  /** The part of `receivedFen` that covers each month's due (an overpayment fills no other month). */
  collectedFen: number
  /** Member-months paid in full, and those not. */
  paid: number
  unpaid: number
  /** 党费收缴率: collected ÷ due, 0–100; null when nothing was due. */
  percent: number | null
}

export interface DashboardFigures {
  /** Active 党员 (正式, 预备) of the branch, or distinct 党员 over every branch in the subtree; 积极分子, 群众 and admins not. */
  members: number
  completeness: CompletenessFigures
  attendance: AttendanceFigures
  lessons: LessonFigures
  /** Activities held (ended, not cancelled) this quarter. */
  activities: number
  issues: IssueFigures
  dues: DuesFigures
  attention: AttentionKind[]
}

export interface RequiredLessonProgress {
  id: string
  title: string
  /** ISO */
  due: string
  members: number
  completed: number
}

export interface BranchDashboard {
  org: OrgSummary
  period: StatsPeriod
  figures: DashboardFigures
  lessons: RequiredLessonProgress[]
  /** The branch set its own 三会一课 rhythm (meeting.setRhythm) instead of the default. */
  customRhythm: boolean
}

/** One row of the committee's comparison table: plain facts about one branch. */
export interface BranchHealth {
  orgId: string
  name: string
  /** The org directly above (a 总支, or the committee itself). */
  parentName: string
  members: number
  completenessPercent: number
  fulfilled: number
  required: number
  dueByNow: number
  attendancePercent: number | null
  lessonPercent: number | null
  activities: number
  openIssues: number
  overdueIssues: number
  /** 党费收缴率 over the trend's months (see DuesFigures). */
  duesPercent: number | null
  attention: AttentionKind[]
}

export interface CommitteeDashboard {
  org: OrgSummary
  period: StatsPeriod
  branchCount: number
  /** The same figures as a branch's, summed over every branch in the subtree (党员 counted once each). */
  totals: DashboardFigures
  /** How many branches each kind of attention applies to. */
  attentionCounts: Record<AttentionKind, number>
  /** In the tree's order (parents' order, then each org's `order`) — a table of facts, not a ranking. */
  branches: BranchHealth[]
  /** 总支 directly below, whose own dashboards can be opened. */
  subOrgs: OrgSummary[]
}

export interface StatsActions {
  /** For the branch's 支委会 and admins above. */
  getBranchDashboard: ActionSpec<DashboardInput, BranchDashboard>
  /** For admins, and secretaries of the 党委/总支. */
  getCommitteeDashboard: ActionSpec<DashboardInput, CommitteeDashboard>
}
