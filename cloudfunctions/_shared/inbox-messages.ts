import { ISSUE_CATEGORY_LABELS, type IssueCategory } from '../../types/issue'
import { SUBSCRIBE_TEMPLATES } from '../../types/subscriptions'
import { ROLE_LABELS, type JoinStanding } from '../../types/user'
import type { InboxEntry } from './records/inbox'
import type { ReminderRecord } from './reminders'

/**
 * The words of every 消息, one builder per event, so each action delivers with one line:
 * `await deliver(db, [joinDecided(…)])`. Links are page paths with their query, no leading slash.
 */

export function joinDecided(
  org: { _id: string; name: string },
  applicant: string,
  decision: { approve: true; standing: JoinStanding } | { approve: false; reason: string },
  at: Date,
): InboxEntry {
  const common = { to: applicant, key: `${org._id}:${at.getTime()}`, orgId: org._id }
  return decision.approve
    ? {
        ...common,
        kind: 'joinApproved',
        title: '已批准加入',
        body: `${org.name}已批准你的入支部申请，身份为${ROLE_LABELS[decision.standing]}`,
        link: 'pages/branch/index',
      }
    : {
        ...common,
        kind: 'joinDeclined',
        title: '入支部申请未通过',
        body: `${org.name}婉拒了你的入支部申请${decision.reason ? `：${decision.reason}` : ''}`,
        link: 'pages/me/index',
      }
}

export function lessonReviewed(
  lesson: { _id: string; orgId: string; title: string; authorId: string },
  decision: { publish: true } | { publish: false; note: string },
  at: Date,
): InboxEntry {
  const common = { to: lesson.authorId, key: `${lesson._id}:${at.getTime()}`, orgId: lesson.orgId }
  return decision.publish
    ? {
        ...common,
        kind: 'lessonPublished',
        title: '微党课已发布',
        body: `你的微党课“${lesson.title}”已审核通过并发布`,
        link: `packages/lesson/reader/index?id=${lesson._id}`,
      }
    : {
        ...common,
        kind: 'lessonRejected',
        title: '微党课被退回',
        body: `“${lesson.title}”被退回修改：${decision.note}`,
        link: `packages/lesson/editor/index?orgId=${lesson.orgId}&id=${lesson._id}`,
      }
}

interface IssueFacts {
  _id: string
  submitter: string
  orgId: string
  orgName: string
  category: IssueCategory
  reopenCount?: number
  dueAt?: Date
}

/**
 * A step of the submitter's case, to the submitter — anonymous or not: the row is theirs alone and
 * names no one, so nobody else learns who asked.
 */
export function issueStep(
  issue: IssueFacts,
  step: 'accepted' | 'replied' | { escalatedTo: string },
): InboxEntry {
  const common = {
    to: issue.submitter,
    key: `${issue._id}:${issue.reopenCount ?? 0}`,
    orgId: issue.orgId,
    link: `packages/issue/detail/index?id=${issue._id}`,
  }
  const what = `你的${ISSUE_CATEGORY_LABELS[issue.category]}诉求`
  if (step === 'accepted') {
    return {
      ...common,
      kind: 'issueAccepted',
      title: '诉求已受理',
      body: `${what}已由${issue.orgName}受理`,
    }
  }
  if (step === 'replied') {
    return {
      ...common,
      kind: 'issueReplied',
      title: '诉求已答复',
      body: `${issue.orgName}已答复${what}，请查看并确认`,
    }
  }
  return {
    ...common,
    // Escalated once per deadline: a reopened case with a new deadline may be escalated again.
    key: `${issue._id}:${new Date(issue.dueAt ?? 0).getTime()}`,
    kind: 'issueEscalated',
    title: '诉求已提请督办',
    body: `${what}已超过办理期限，已提请${step.escalatedTo}督办`,
  }
}

/**
 * An activity photo the image check held for a person (审核中), or that the check or a 支委 took down
 * (未通过). `key`: the check's trace id, or the 支委's review of that photo.
 */
export function photoChecked(
  photo: { uploader: string; key: string },
  activity: { _id: string; orgId: string; title: string },
  outcome: 'held' | 'removed',
): InboxEntry {
  const common = {
    to: photo.uploader,
    key: photo.key,
    orgId: activity.orgId,
    link: `packages/activity/detail/index?orgId=${activity.orgId}&id=${activity._id}`,
  }
  return outcome === 'held'
    ? {
        ...common,
        kind: 'photoHeld',
        title: '照片审核中',
        body: `你在“${activity.title}”上传的照片需要人工审核，通过后展示`,
      }
    : {
        ...common,
        kind: 'photoRejected',
        title: '照片未通过',
        body: `你在“${activity.title}”上传的照片未通过审核，已撤下`,
      }
}

/**
 * A reminder's text, as its subscribe message says it, to each of its recipients — with what is that
 * recipient's own (`dataFor`, e.g. the dues still owed) and nobody else's.
 */
export function reminderMessages(
  reminder: Pick<ReminderRecord, '_id' | 'template' | 'page' | 'data' | 'recipients' | 'dataFor'>,
): InboxEntry[] {
  return reminder.recipients.map((to) => ({
    to,
    kind: reminder.template,
    key: reminder._id,
    title: SUBSCRIBE_TEMPLATES[reminder.template].title,
    body: Object.values({ ...reminder.data, ...reminder.dataFor?.[to] })
      .map((field) => field.value)
      .join('，'),
    link: reminder.page,
  }))
}
