import { defineAction } from '../../../_shared/action'
import { LEADERS } from '../../../_shared/policy'
import type { IssueDetail } from '../../../../types/issue'
import { rejectIssueInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { timelineEntry } from '../../../_shared/records/issue'
import { transition } from '../issues'
import { beginStep } from '../steps'
import { toDetail } from '../views'

/** Declines a case that is not the branch's to handle, always with a reason the submitter reads. */
export const reject = defineAction({
  schema: rejectIssueInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run(input, context): Promise<IssueDetail> {
    const { issue, viewer, name, now } = await beginStep(context, input, 'reject')
    const next = await transition(context.db, issue, {
      from: ['submitted'],
      where: { held: false },
      set: { status: 'rejected', rejectReason: input.reason, updatedAt: now },
      entry: timelineEntry('rejected', now, context.caller.openid, name, input.reason),
    })
    await auditIssue(context, issue, 'handler', {
      action: 'issue.reject',
      summary: `不予受理：${input.reason}`,
    })
    return toDetail(next, viewer, now)
  },
})
