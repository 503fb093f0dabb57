import { defineAction } from '../../../_shared/action'
import { requireCleanText } from '../../../_shared/content-check'
import type { IssueDetail } from '../../../../types/issue'
import { confirmIssueInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { timelineEntry } from '../../../_shared/records/issue'
import { transition } from '../issues'
import { beginSubmitterStep } from '../steps'
import { toDetail } from '../views'

/** The submitter confirms the reply and rates it 1–5; withdrawing consent takes it off the board. */
export const confirm = defineAction({
  schema: confirmIssueInput,
  policy: { kind: 'signedIn' },
  async run(input, context): Promise<IssueDetail> {
    const { issue, now } = await beginSubmitterStep(context, input.issueId, 'confirm')
    const comment = input.comment ?? ''
    if (comment) await requireCleanText(context.caller, comment, 'comment', '评价')
    const publicConsent = input.publicConsent ?? issue.publicConsent
    const next = await transition(context.db, issue, {
      from: ['replied'],
      set: {
        status: 'resolved',
        rating: input.rating,
        ratingComment: comment,
        publicConsent,
        public: publicConsent && issue.public,
        resolvedAt: now,
        updatedAt: now,
      },
      entry: timelineEntry(
        'resolved',
        now,
        'submitter',
        '',
        `评价 ${input.rating} 星${comment ? `：${comment}` : ''}`,
      ),
    })
    await auditIssue(context, issue, 'submitter', {
      action: 'issue.confirm',
      summary: `确认办结，评价 ${input.rating} 星`,
    })
    return toDetail(next, { kind: 'submitter' }, now)
  },
})
