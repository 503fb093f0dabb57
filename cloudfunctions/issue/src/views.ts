import { ADMINS, COMMITTEE, LEADERS, permits } from '../../../types/roles'
import type {
  BoardItem,
  IssueDetail,
  IssueStep,
  IssueSummary,
  TimelineEntry,
} from '../../../types/issue'
import { ROLE_LABELS, type Role } from '../../../types/user'
import { OPEN_STATUSES, type IssueRecord, type TimelineRecord } from '../../_shared/records/issue'

/**
 * Who is looking at a case. Everything a client sees of a case is built here, from the viewer: the
 * submitter's openid never appears in any view, and an anonymous submitter's name appears only in the
 * submitter's own.
 */
export type Viewer =
  { kind: 'submitter' } | { kind: 'handler'; openid: string; roles: readonly Role[] }

export const ANONYMOUS_NAME = '匿名提交人'

function isLead(roles: readonly Role[]): boolean {
  return permits(roles, LEADERS)
}

function isAdmin(roles: readonly Role[]): boolean {
  return permits(roles, ADMINS)
}

/** The role a handler acts as, for the timeline: the most senior one they hold. */
export function actingRoleLabel(roles: readonly Role[]): string {
  const order: Role[] = ['secretary', 'deputy', 'committee', 'admin']
  const role = order.find((candidate) => roles.includes(candidate))
  return role ? ROLE_LABELS[role] : ''
}

export function handlerName(nickname: string, roles: readonly Role[]): string {
  const label = actingRoleLabel(roles)
  return label ? `${nickname}（${label}）` : nickname
}

function submitterNameFor(issue: IssueRecord, viewer: Viewer): string {
  if (viewer.kind === 'submitter') return '我'
  return issue.anonymous ? ANONYMOUS_NAME : issue.submitterName || '群众'
}

function actorOf(entry: TimelineRecord, issue: IssueRecord, viewer: Viewer): string {
  if (entry.actor === 'submitter') return submitterNameFor(issue, viewer)
  if (entry.actor === 'system') return '系统'
  return entry.actorName || '支部'
}

export function excerptOf(body: string, length = 60): string {
  const firstLine = body.split('\n').find((line) => line.trim()) ?? ''
  return firstLine.length > length ? `${firstLine.slice(0, length)}…` : firstLine
}

export function toSummary(issue: IssueRecord, viewer: Viewer, now: Date): IssueSummary {
  const open = OPEN_STATUSES.includes(issue.status)
  return {
    id: issue._id,
    orgId: issue.orgId,
    orgName: issue.orgName,
    category: issue.category,
    excerpt: excerptOf(issue.body),
    status: issue.status,
    held: issue.held && issue.status === 'submitted',
    anonymous: issue.anonymous,
    submitterName: submitterNameFor(issue, viewer),
    mine: viewer.kind === 'submitter',
    submittedAt: new Date(issue.submittedAt).toISOString(),
    dueAt: new Date(issue.dueAt).toISOString(),
    overdue: open && !issue.held && new Date(issue.dueAt).getTime() < now.getTime(),
    escalated: issue.escalated && open,
    assigneeName: issue.assignee?.name ?? '',
    photoCount: issue.photos?.length ?? 0,
  }
}

export function allowedSteps(issue: IssueRecord, viewer: Viewer): IssueStep[] {
  if (viewer.kind === 'submitter') {
    const steps: IssueStep[] = []
    if (issue.status === 'replied') steps.push('confirm')
    if ((issue.status === 'replied' || issue.status === 'resolved') && issue.reopenCount < 1) {
      steps.push('reopen')
    }
    return steps
  }
  const { roles, openid } = viewer
  if (issue.held) {
    return isAdmin(roles) && issue.status === 'submitted' ? ['moderate'] : []
  }
  const lead = isLead(roles)
  const handles = lead || (issue.assignee?.openid === openid && permits(roles, COMMITTEE))
  switch (issue.status) {
    case 'submitted':
      return lead ? ['accept', 'reject'] : []
    case 'accepted':
      return lead ? ['assign', 'reply'] : []
    case 'assigned':
      return [
        ...(lead ? (['assign'] as const) : []),
        ...(handles ? (['start', 'reply'] as const) : []),
      ]
    case 'in_progress':
      return [...(lead ? (['assign'] as const) : []), ...(handles ? (['reply'] as const) : [])]
    case 'resolved':
      if (!lead) return []
      if (issue.public) return ['unpublish']
      return issue.publicConsent ? ['publish'] : []
    case 'replied':
    case 'rejected':
      return []
    default: {
      const unknownStatus: never = issue.status
      throw new Error(`unknown issue status ${String(unknownStatus)}`)
    }
  }
}

function iso(date: Date | string): string {
  return new Date(date).toISOString()
}

export function toDetail(issue: IssueRecord, viewer: Viewer, now: Date): IssueDetail {
  const timeline: TimelineEntry[] = issue.timeline.map((entry) => ({
    kind: entry.kind,
    at: iso(entry.at),
    actor: actorOf(entry, issue, viewer),
    note: entry.note,
  }))
  const showPhone = viewer.kind === 'submitter' || !issue.anonymous
  return {
    ...toSummary(issue, viewer, now),
    body: issue.body,
    photos: issue.photos,
    checkingPhotos: viewer.kind === 'submitter' ? (issue.heldPhotos ?? []) : [],
    place: issue.place,
    contact: issue.contact,
    contactPhone: showPhone ? issue.contactPhone : '',
    publicConsent: issue.publicConsent,
    public: issue.public,
    reply: issue.reply
      ? {
          body: issue.reply.body,
          photos: issue.reply.photos,
          checkingPhotos: viewer.kind === 'submitter' ? [] : (issue.reply.heldPhotos ?? []),
          at: iso(issue.reply.at),
          by: issue.reply.byName,
        }
      : null,
    rating: issue.rating,
    ratingComment: issue.ratingComment,
    rejectReason: issue.rejectReason,
    reopenCount: issue.reopenCount,
    escalation: issue.escalation
      ? {
          orgId: issue.escalation.orgId,
          orgName: issue.escalation.orgName,
          at: iso(issue.escalation.at),
        }
      : null,
    assignedToMe: viewer.kind === 'handler' && issue.assignee?.openid === viewer.openid,
    timeline,
    allowed: allowedSteps(issue, viewer),
  }
}

/** A mobile number, also when typed with spaces, dots or dashes between the digits. */
const PHONE = /1\d(?:[\s.-]?\d){9}/g
const ID_NUMBER = /\d{6}(19|20)\d{2}\d{7}[\dXx]/g

/** What the board shows in place of a submitter's own name and of any mobile number. */
export const BOARD_NAME = '某群众'
export const BOARD_PHONE = '1**********'

/**
 * For the public board: numbers that identify a person are masked, and the submitter's own names
 * (profile nickname, and the name on the case), if they wrote them into the text, are replaced.
 */
export function redact(text: string, names: string[]): string {
  let result = text.replace(ID_NUMBER, '****').replace(PHONE, BOARD_PHONE)
  const longestFirst = [...new Set(names)].filter((name) => name.length >= 2)
  longestFirst.sort((a, b) => b.length - a.length)
  for (const name of longestFirst) result = result.split(name).join(BOARD_NAME)
  return result
}

/**
 * A case as the public board shows it, anonymous or not: neither the submitter's name (`nickname` is
 * their current profile name, looked up by the caller) nor any phone number appears in body or reply.
 */
export function toBoardItem(issue: IssueRecord, nickname: string): BoardItem {
  const names = [issue.submitterName, nickname]
  return {
    id: issue._id,
    category: issue.category,
    body: redact(issue.body, names),
    reply: issue.reply ? redact(issue.reply.body, names) : '',
    rating: issue.rating,
    resolvedAt: iso(issue.resolvedAt ?? issue.updatedAt),
  }
}
