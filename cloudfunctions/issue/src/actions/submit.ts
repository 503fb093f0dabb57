import { defineAction } from '../../../_shared/action'
import type { Caller } from '../../../_shared/caller'
import type { Database } from '../../../_shared/cloud'
import { checkText } from '../../../_shared/content-check'
import { recordImageChecks, submitImageChecks } from '../../../_shared/media-check'
import { rows } from '../../../_shared/db'
import { ActionError, conflict, invalidArgument, notFound } from '../../../_shared/errors'
import type { OrgRecord } from '../../../_shared/policy'
import {
  ISSUE_CATEGORY_LABELS,
  ISSUE_DUE_DAYS,
  ISSUE_RATE_LIMIT,
  type SubmitResult,
} from '../../../../types/issue'
import { submitIssueInput, type SubmitIssueInput } from '../../../../types/issue.schema'
import { auditIssue, findNickname } from '../actors'
import {
  dueDate,
  issueIdFor,
  timelineEntry,
  type IssueRecord,
} from '../../../_shared/records/issue'
import { contentDigest, findIssue } from '../issues'
import { toDetail } from '../views'
import { HOUR_MS, shanghaiClock } from '../../../../types/time'

const HELD_MESSAGE =
  '诉求已收到。为保护大家的信息安全，内容需要工作人员审核，审核通过后支部会尽快受理，请耐心等待。'

interface RecentRow {
  _id: string
  submittedAt: Date
}

/** This person's submissions in the last hour, oldest first (and, for a retry, the case it made). */
async function recentSubmissions(db: Database, openid: string, since: Date, issueId: string) {
  const _ = db.command
  return rows<RecentRow & Partial<IssueRecord>>(
    db
      .collection('issues')
      .where(_.or([{ _id: issueId }, { submitter: openid, submittedAt: _.gte(since) }]))
      .orderBy('submittedAt', 'asc')
      .orderBy('_id', 'asc')
      .field({ _id: true, submittedAt: true, submitter: true })
      .limit(ISSUE_RATE_LIMIT + 2)
      .get(),
  )
}

function rateLimited(oldest: Date): ActionError {
  const again = new Date(new Date(oldest).getTime() + HOUR_MS)
  return new ActionError(
    'RATE_LIMITED',
    `一小时内最多提交 ${ISSUE_RATE_LIMIT} 条诉求，请在 ${shanghaiClock(again)} 以后再提交；草稿已为你保存`,
  )
}

async function findBranch(db: Database, orgId: string): Promise<OrgRecord> {
  const [org] = await rows<OrgRecord>(db.collection('orgs').where({ _id: orgId }).limit(1).get())
  if (!org || org.archived) throw notFound('这个支部')
  if (org.kind !== 'branch') throw invalidArgument('请选择一个党支部来受理你的诉求')
  return org
}

function newIssue(
  input: SubmitIssueInput,
  caller: Caller,
  org: OrgRecord,
  nickname: string,
  verdict: IssueRecord['moderation']['text'],
  mediaTraceIds: string[],
  now: Date,
): IssueRecord {
  const held = verdict !== 'pass'
  const timeline = [timelineEntry('submitted', now, 'submitter')]
  if (held) {
    timeline.push(
      timelineEntry('held', now, 'system', '', '内容需要工作人员审核，审核通过后支部会尽快受理'),
    )
  }
  return {
    _id: issueIdFor(caller.openid, input.requestId),
    requestId: input.requestId,
    contentDigest: contentDigest(input),
    submitter: caller.openid,
    submitterName: input.anonymous ? '' : nickname,
    anonymous: input.anonymous,
    orgId: org._id,
    orgName: org.name,
    orgPath: [...org.ancestors, org._id],
    category: input.category,
    body: input.body,
    photos: [],
    heldPhotos: [...new Set(input.photos ?? [])],
    place: input.place
      ? {
          name: input.place.name,
          address: input.place.address ?? '',
          latitude: input.place.latitude ?? null,
          longitude: input.place.longitude ?? null,
        }
      : null,
    contact: input.contact,
    contactPhone: input.contact === 'phone' ? (input.contactPhone ?? '') : '',
    publicConsent: input.publicConsent ?? false,
    public: false,
    status: 'submitted',
    held,
    moderation: { text: verdict, mediaTraceIds },
    assignee: null,
    reply: null,
    rating: null,
    ratingComment: '',
    rejectReason: '',
    reopenCount: 0,
    reopenReason: '',
    dueAt: dueDate(input.category, now),
    escalated: false,
    escalation: null,
    autoResolved: false,
    submittedAt: now,
    updatedAt: now,
    repliedAt: null,
    resolvedAt: null,
    timeline,
  }
}

const CHANGED_MESSAGE = '这次提交与之前的提交内容不同，请刷新后重新提交'

/**
 * The answer to a draft sent again: the same case if the content is the same (a retry), CONFLICT if
 * the requestId is reused for something else. Cases stored before the digest count as the same.
 */
function retryReply(existing: IssueRecord, digest: string, now: Date): SubmitResult {
  if (existing.contentDigest && existing.contentDigest !== digest) throw conflict(CHANGED_MESSAGE)
  return replyFor(existing, now)
}

function replyFor(issue: IssueRecord, now: Date): SubmitResult {
  const message = issue.held
    ? HELD_MESSAGE
    : `已提交给${issue.orgName}，支部会在 ${ISSUE_DUE_DAYS[issue.category]} 天内答复，请留意进度。`
  return { issue: toDetail(issue, { kind: 'submitter' }, now), message }
}

/**
 * A resident or member reports a problem to a branch. Exactly one case per draft (requestId), at most
 * ISSUE_RATE_LIMIT per person per hour, and text or photos that content security flags are held for
 * a person: only the submitter sees such a case, marked 审核中.
 */
export const submit = defineAction({
  schema: submitIssueInput,
  policy: { kind: 'signedIn' },
  async run(input, context): Promise<SubmitResult> {
    const { db, caller } = context
    const now = new Date()
    const issueId = issueIdFor(caller.openid, input.requestId)
    const recent = await recentSubmissions(
      db,
      caller.openid,
      new Date(now.getTime() - HOUR_MS),
      issueId,
    )
    if (recent.some((row) => row._id === issueId)) {
      const existing = await findIssue(db, issueId)
      if (existing) return retryReply(existing, contentDigest(input), now)
    }
    const mineRecent = recent.filter(
      (row) => row.submitter === caller.openid && row._id !== issueId,
    )
    if (mineRecent.length >= ISSUE_RATE_LIMIT) throw rateLimited(mineRecent[0].submittedAt)

    const [org, nickname] = await Promise.all([
      findBranch(db, input.orgId),
      findNickname(db, caller.openid),
    ])
    const text = [input.body, input.place?.name, input.place?.address].filter(Boolean).join('\n')
    const verdict = await checkText(caller, text, 'forum')
    const checks = await submitImageChecks(caller, input.photos ?? [])
    const mediaTraceIds = checks.map((check) => check.traceId)
    const issue = newIssue(input, caller, org, nickname, verdict, mediaTraceIds, now)

    try {
      await db.collection('issues').add({ data: issue })
    } catch (error) {
      // The same draft sent twice at once: the other call made the case; answer with it.
      const existing = await findIssue(db, issueId)
      if (existing) return retryReply(existing, issue.contentDigest ?? '', now)
      throw error
    }

    // Concurrent submissions all passed the count above: keep the first ISSUE_RATE_LIMIT of the hour.
    const after = await recentSubmissions(
      db,
      caller.openid,
      new Date(now.getTime() - HOUR_MS),
      issueId,
    )
    const rank = after.findIndex((row) => row._id === issueId)
    if (rank < 0 || rank >= ISSUE_RATE_LIMIT) {
      await db.collection('issues').doc(issueId).remove()
      throw rateLimited(after[0]?.submittedAt ?? now)
    }

    await recordImageChecks(db, caller, 'issuePhoto', issueId, checks)
    await auditIssue(context, issue, 'submitter', {
      action: 'issue.submit',
      summary: `${issue.anonymous ? '匿名' : ''}提交诉求（${ISSUE_CATEGORY_LABELS[issue.category]}）${
        issue.held ? '，内容待审核' : ''
      }`,
    })
    return replyFor(issue, now)
  },
})
