import { defineAction } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import type { IssueDetail } from '../../../../types/issue'
import { reopenIssueInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { dueDate, timelineEntry } from '../../../_shared/records/issue'
import { transition } from '../issues'
import { beginSubmitterStep } from '../steps'
import { toDetail } from '../views'

/**
 * Not satisfied: the submitter sends the case back once, with a reason. It returns to its assignee
 * (or to the 书记 if nobody was assigned) with a fresh deadline, and leaves the public board.
 */
export const reopen = defineAction({
  schema: reopenIssueInput,
  policy: { kind: 'signedIn' },
  async run(input, context): Promise<IssueDetail> {
    const { issue, now } = await beginSubmitterStep(context, input.issueId, 'reopen')
    await requireCleanText(context.caller, input.reason, 'comment', '重新办理的原因')
    const next = await transition(context.db, issue, {
      from: ['replied', 'resolved'],
      where: { reopenCount: 0 },
      set: {
        status: issue.assignee ? 'in_progress' : 'accepted',
        reopenCount: issue.reopenCount + 1,
        reopenReason: input.reason,
        rating: null,
        ratingComment: '',
        public: false,
        resolvedAt: null,
        autoResolved: false,
        dueAt: dueDate(issue.category, now),
        escalated: false,
        escalation: null,
        updatedAt: now,
      },
      entry: timelineEntry('reopened', now, 'submitter', '', input.reason),
    })
    await auditIssue(context, issue, 'submitter', {
      action: 'issue.reopen',
      summary: '申请重新办理',
    })
    return toDetail(next, { kind: 'submitter' }, now)
  },
})
