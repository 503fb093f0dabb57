import type { Database } from '../../../_shared/cloud'
import { rows, updatedCount } from '../../../_shared/db'
import { OPEN_STATUSES, timelineEntry, type IssueRecord } from '../../../_shared/records/issue'
import { deliver } from '../../../_shared/records/inbox'
import { issueStep } from '../../../_shared/inbox-messages'
import type { Job } from '../job'
import { AUTO_RESOLVE_DAYS } from '../../../../types/issue'
import { DAY_MS } from '../../../../types/time'

const BATCH = 100

interface Counts {
  [key: string]: number
}

/**
 * Open cases past their deadline go up to the branch's parent org, once per deadline: they then show
 * in that org's 逾期督办 list (issue.listForOrg view `escalated`) while the branch keeps handling them.
 */
async function escalateOverdue(db: Database, now: Date): Promise<Counts> {
  const _ = db.command
  const overdue = await rows<IssueRecord>(
    db
      .collection('issues')
      .where({
        status: _.in([...OPEN_STATUSES]),
        held: false,
        escalated: false,
        dueAt: _.lt(now),
      })
      .orderBy('dueAt', 'asc')
      .field({
        _id: true,
        orgPath: true,
        orgId: true,
        orgName: true,
        submitter: true,
        category: true,
        dueAt: true,
      })
      .limit(BATCH)
      .get(),
  )
  const parentOf = (issue: IssueRecord) => issue.orgPath[issue.orgPath.length - 2]
  const parentIds = [...new Set(overdue.map(parentOf).filter(Boolean))]
  const parents =
    parentIds.length > 0
      ? await rows<{ _id: string; name: string }>(
          db
            .collection('orgs')
            .where({ _id: _.in(parentIds) })
            .field({ _id: true, name: true })
            .limit(BATCH)
            .get(),
        )
      : []
  const counts: Counts = { escalated: 0, withoutParent: 0 }
  // One conditional update per parent org (a handful per tick), never one per case.
  for (const parentId of parentIds) {
    const parent = parents.find((org) => org._id === parentId)
    const ids = overdue.filter((issue) => parentOf(issue) === parentId).map((issue) => issue._id)
    if (!parent) continue
    const escalation = { orgId: parent._id, orgName: parent.name, at: now }
    const escalated = await updatedCount(
      db
        .collection('issues')
        .where({ _id: _.in(ids), escalated: false, status: _.in([...OPEN_STATUSES]) })
        .update({
          data: {
            escalated: true,
            escalation: _.set(escalation),
            updatedAt: now,
            timeline: _.push([
              timelineEntry(
                'escalated',
                now,
                'system',
                '',
                `已超过办理期限，提请${parent.name}督办`,
              ),
            ]),
          },
        }),
    )
    counts.escalated += escalated
    const cases = await escalatedNow(db, overdue, ids, escalated, now)
    await deliver(
      db,
      cases.map((issue) => issueStep(issue, { escalatedTo: parent.name })),
    )
  }
  counts.withoutParent = overdue.filter(
    (issue) => !parents.some((org) => org._id === parentOf(issue)),
  ).length
  return counts
}

/**
 * The cases this run escalated: all it asked for, unless some changed in between (another tick, a
 * reply) — then those whose escalation carries this run's time.
 */
async function escalatedNow(
  db: Database,
  overdue: IssueRecord[],
  ids: string[],
  escalated: number,
  now: Date,
): Promise<IssueRecord[]> {
  const asked = overdue.filter((issue) => ids.includes(issue._id))
  if (escalated === ids.length) return asked
  const _ = db.command
  const done = await rows<{ _id: string }>(
    db
      .collection('issues')
      .where({ _id: _.in(ids), 'escalation.at': now })
      .field({ _id: true })
      .limit(BATCH)
      .get(),
  )
  return asked.filter((issue) => done.some((row) => row._id === issue._id))
}

/** A reply the submitter neither confirmed nor contested within AUTO_RESOLVE_DAYS is resolved. */
async function autoResolve(db: Database, now: Date): Promise<Counts> {
  const _ = db.command
  const autoResolved = await updatedCount(
    db
      .collection('issues')
      .where({
        status: 'replied',
        repliedAt: _.lt(new Date(now.getTime() - AUTO_RESOLVE_DAYS * DAY_MS)),
      })
      .update({
        data: {
          status: 'resolved',
          autoResolved: true,
          resolvedAt: now,
          updatedAt: now,
          timeline: _.push([
            timelineEntry(
              'auto_resolved',
              now,
              'system',
              '',
              `答复后 ${AUTO_RESOLVE_DAYS} 天未确认，系统自动办结；如仍有问题可申请重新办理`,
            ),
          ]),
        },
      }),
  )
  return { autoResolved }
}

/** Grassroots issues: escalate overdue cases to the parent org; close replies nobody confirmed. */
export const issueJob: Job = {
  name: 'issues',
  async run({ db, now }) {
    return { ...(await escalateOverdue(db, now)), ...(await autoResolve(db, now)) }
  },
}
