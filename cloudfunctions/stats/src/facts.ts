import type { Database } from '../../_shared/cloud'
import {
  ATTENDANCE_ROWS,
  heldThemeDayActivitiesMatch,
  meetingCellFields,
  meetingCellGroup,
  type MeetingCell as MeterCell,
} from '../../_shared/completeness'
import { aggregateRows } from '../../_shared/db'
import { invalidArgument } from '../../_shared/errors'
import {
  duesBasesLookup,
  duesEntriesLookup,
  type BaseFacts,
  type EntryFacts,
} from '../../_shared/records/dues'
import { OPEN_STATUSES } from '../../_shared/records/issue'
import { activePartyMember } from '../../_shared/records/membership'
import { ATTENDED } from '../../../types/meeting'
import type { Period } from './period'
import { pipelineTools } from '../../_shared/db'
import { MAX_GROUPS, MAX_ORGS } from './limits'
import type { DashboardScope } from './scope'
import { HOUR_MS } from '../../../types/time'
import { PARTY_MEMBERS } from '../../../types/roles'
import { requiredOf } from '../../_shared/lesson-completion'

/**
 * Meetings that ended in one org (a branch or a 党小组) in one month, of one kind: the meter's cell
 * (counted as held, minuted) plus how many ended and their 应到/实到 for the attendance trend.
 */
export interface MeetingCell extends MeterCell {
  held: number
  expected: number
  attended: number
}

export interface IssueCell {
  _id: string
  open: number
  overdue: number
  escalated: number
  resolved: number
  hours: number[]
  ratings: number[]
}

/** Everything the figures are made of, grouped in the database: counts, never member lists. */
export interface DashboardFacts {
  members: { _id: string; members: number }[]
  /** Distinct people among those members: someone in two branches is one 党员 of the subtree. */
  people: number
  /**
   * Required lessons finished by 党员 of the branches in scope: per lesson, how many people, grouped
   * by the branches each is a 党员 of — a branch counts the rows that name it, a roll-up each row
   * once, so someone in two branches finished it once.
   */
  completions: { _id: { lessonId: string; orgs: string[] }; completed: number }[]
  /** The same 党员 grouped by the branches each is in: whom a roll-up's 必学课 expects, once each. */
  memberSets: { _id: string[]; people: number }[]
  meetings: MeetingCell[]
  activities: { _id: string; held: number }[]
  /** Months of the quarter with a 主题党日 held as an activity, per branch (the shared meter's rule). */
  themeDays: { _id: { orgId: string; month: string } }[]
  issues: IssueCell[]
  /** Each active member's declarations and ledger entries over the trend's months (no names, no bases). */
  dues: DuesFacts[]
}

export interface DuesFacts {
  orgId: string
  bases: BaseFacts[]
  entries: EntryFacts[]
}

/**
 * One round trip for every figure of every branch in scope. The aggregate runs on the dashboard's
 * own org (one document), and each `lookup` carries a self-contained pipeline over one collection
 * — so each runs once, with constant filters an index can serve, and answers grouped counts:
 *
 * - members: active memberships (not admins) per branch, and how many distinct people they are;
 * - completions: finished reading of the required lessons, joined to the reader's 党员 memberships
 *   (`requiredOf`: a member who moved counts where they are now; 积极分子 and 群众 not at all), per
 *   lesson and set of branches; memberSets: the 党员 per set of branches, the roll-up's 必学课;
 * - meetings: ended (not cancelled) since the trend began, per org × month × kind: how many count as
 *   held for the shared meter, and 应到 and 实到 from their attendance rows (guests who were not
 *   expected do not count);
 * - activities: held (ended, not cancelled) this quarter, per org; and the months in which a branch
 *   held its 主题党日 as an activity (the shared completeness meter counts those too);
 * - issues: open / overdue / escalated now, and resolution hours and ratings of the cases resolved
 *   since the trend began, per org;
 * - dues: every active member's declarations and ledger entries over the trend's months, amounts
 *   only (the same joins as the 支委会's month in `dues`), so the figures judge each month as it does.
 */
export async function loadFacts(
  db: Database,
  scope: DashboardScope,
  period: Period,
): Promise<DashboardFacts> {
  const _ = db.command
  const $ = _.aggregate
  const branchIds = scope.branches.map((branch) => branch._id)
  const unitIds = [...scope.branchOf.keys()]
  const lessonIds = scope.lessons.map((lesson) => lesson._id)
  const { now } = period
  const isOpen = $.in(['$status', [...OPEN_STATUSES]])
  const isResolved = $.eq(['$status', 'resolved'])
  const flag = (condition: unknown) => $.cond([condition, 1, 0])
  const partyMemberships = {
    status: 'active',
    role: _.in([...PARTY_MEMBERS]),
    orgId: _.in(branchIds),
  }

  const [row] = await aggregateRows<
    Omit<DashboardFacts, 'people'> & { people: { people: number }[] }
  >(
    db
      .collection('orgs')
      .aggregate()
      .match({ _id: scope.org._id })
      .limit(1)
      .lookup({
        from: 'memberships',
        pipeline: pipelineTools(db)
          .pipeline()
          .match(partyMemberships)
          .group({ _id: '$orgId', members: $.sum(1) })
          .limit(MAX_ORGS)
          .done(),
        as: 'members',
      })
      .lookup({
        from: 'memberships',
        pipeline: pipelineTools(db)
          .pipeline()
          .match(partyMemberships)
          .group({ _id: '$openid' })
          .group({ _id: null, people: $.sum(1) })
          .done(),
        as: 'people',
      })
      .lookup({
        from: 'lessonProgress',
        pipeline: pipelineTools(db)
          .pipeline()
          .match({ lessonId: _.in(lessonIds), completedAt: _.neq(null) })
          .lookup({
            from: 'memberships',
            localField: 'openid',
            foreignField: 'openid',
            as: 'memberOf',
          })
          .unwind('$memberOf')
          .match(
            pipelineTools(db).expr(
              $.and([requiredOf(db, '$memberOf.'), $.in(['$memberOf.orgId', branchIds])]),
            ),
          )
          .group({
            _id: { openid: '$openid', lessonId: '$lessonId' },
            orgs: $.addToSet('$memberOf.orgId'),
          })
          .group({ _id: { lessonId: '$_id.lessonId', orgs: '$orgs' }, completed: $.sum(1) })
          .limit(MAX_GROUPS)
          .done(),
        as: 'completions',
      })
      .lookup({
        from: 'memberships',
        pipeline: pipelineTools(db)
          .pipeline()
          .match(partyMemberships)
          .group({ _id: '$openid', orgs: $.addToSet('$orgId') })
          .group({ _id: '$orgs', people: $.sum(1) })
          .limit(MAX_GROUPS)
          .done(),
        as: 'memberSets',
      })
      .lookup({
        from: 'meetings',
        pipeline: pipelineTools(db)
          .pipeline()
          // Selective, cheap conditions first; the org list last.
          .match({
            startsAt: _.gte(period.trendFrom),
            endsAt: _.lte(now),
            status: 'scheduled',
            orgId: _.in(unitIds),
          })
          .lookup(ATTENDANCE_ROWS)
          .project({
            ...meetingCellFields(db),
            expected: $.size($.ifNull(['$expected', []])),
            // 实到: expected people who attended (a guest who was not expected is not counted).
            attended: $.size(
              $.setIntersection([
                $.ifNull(['$expected', []]),
                $.map({
                  input: $.filter({
                    input: '$rows',
                    as: 'row',
                    cond: $.in(['$$row.status', [...ATTENDED]]),
                  }),
                  as: 'row',
                  in: '$$row.openid',
                }),
              ]),
            ),
          })
          .group({
            ...meetingCellGroup(db),
            held: $.sum(1),
            expected: $.sum('$expected'),
            attended: $.sum('$attended'),
          })
          .limit(MAX_GROUPS)
          .done(),
        as: 'meetings',
      })
      .lookup({
        from: 'activities',
        pipeline: pipelineTools(db)
          .pipeline()
          .match({
            startsAt: _.gte(period.from).and(_.lt(period.to)),
            endsAt: _.lte(now),
            status: 'published',
            orgPath: scope.org._id,
          })
          .group({ _id: '$orgId', held: $.sum(1) })
          .limit(MAX_ORGS)
          .done(),
        as: 'activities',
      })
      .lookup({
        from: 'activities',
        pipeline: pipelineTools(db)
          .pipeline()
          .match(heldThemeDayActivitiesMatch(db, branchIds, period.year, period.quarter, now))
          .group({ _id: { orgId: '$orgId', month: '$monthKey' } })
          .limit(MAX_GROUPS)
          .done(),
        as: 'themeDays',
      })
      .lookup({
        from: 'issues',
        pipeline: pipelineTools(db)
          .pipeline()
          .match(
            _.and([
              { orgPath: scope.org._id, held: false },
              _.or([
                { status: _.in([...OPEN_STATUSES]) },
                { status: 'resolved', resolvedAt: _.gte(period.trendFrom) },
              ]),
            ]),
          )
          .project({
            orgId: 1,
            open: flag(isOpen),
            overdue: flag($.and([isOpen, $.lt(['$dueAt', now])])),
            escalated: flag($.and([isOpen, $.eq(['$escalated', true])])),
            resolved: flag(isResolved),
            hours: $.cond([
              isResolved,
              $.divide([
                $.subtract([
                  $.cond([
                    $.eq(['$autoResolved', true]),
                    $.ifNull(['$repliedAt', '$resolvedAt']),
                    '$resolvedAt',
                  ]),
                  '$submittedAt',
                ]),
                HOUR_MS,
              ]),
              null,
            ]),
            rating: $.cond([isResolved, $.ifNull(['$rating', null]), null]),
          })
          .group({
            _id: '$orgId',
            open: $.sum('$open'),
            overdue: $.sum('$overdue'),
            escalated: $.sum('$escalated'),
            resolved: $.sum('$resolved'),
            hours: $.push('$hours'),
            ratings: $.push('$rating'),
          })
          .project({
            open: 1,
            overdue: 1,
            escalated: 1,
            resolved: 1,
            hours: $.filter({ input: '$hours', as: 'h', cond: $.neq(['$$h', null]) }),
            ratings: $.filter({ input: '$ratings', as: 'r', cond: $.neq(['$$r', null]) }),
          })
          .limit(MAX_ORGS)
          .done(),
        as: 'issues',
      })
      .lookup({
        from: 'memberships',
        pipeline: pipelineTools(db)
          .pipeline()
          .match({ ...activePartyMember(db), orgId: _.in(branchIds) })
          .lookup(duesBasesLookup(db, period.months[period.months.length - 1]))
          .lookup(duesEntriesLookup(db, period.months[0], period.months[period.months.length - 1]))
          .project({ _id: 0, orgId: 1, bases: 1, entries: 1 })
          .limit(MAX_GROUPS)
          .done(),
        as: 'dues',
      })
      .project({
        members: 1,
        people: 1,
        completions: 1,
        memberSets: 1,
        meetings: 1,
        activities: 1,
        themeDays: 1,
        issues: 1,
        dues: 1,
      })
      .end(),
  )
  const facts: DashboardFacts = {
    members: row?.members ?? [],
    people: row?.people[0]?.people ?? 0,
    completions: row?.completions ?? [],
    memberSets: row?.memberSets ?? [],
    meetings: row?.meetings ?? [],
    activities: row?.activities ?? [],
    themeDays: row?.themeDays ?? [],
    issues: row?.issues ?? [],
    dues: row?.dues ?? [],
  }
  // A list that filled its cap may have been cut short: say so rather than show wrong figures.
  const full =
    facts.members.length >= MAX_ORGS ||
    facts.activities.length >= MAX_ORGS ||
    facts.issues.length >= MAX_ORGS ||
    facts.completions.length >= MAX_GROUPS ||
    facts.memberSets.length >= MAX_GROUPS ||
    facts.meetings.length >= MAX_GROUPS ||
    facts.themeDays.length >= MAX_GROUPS ||
    facts.dues.length >= MAX_GROUPS
  if (full) throw invalidArgument('这个组织下的支部太多，一次统计不完，请从下级党总支分别查看')
  return facts
}
