import { defineAction } from '../../../_shared/action'
import { ADMINS } from '../../../_shared/policy'
import type { IssueDetail } from '../../../../types/issue'
import { moderateIssueInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { dueDate, timelineEntry } from '../../../_shared/records/issue'
import { transition } from '../issues'
import { beginStep } from '../steps'
import { toDetail } from '../views'

const BLOCKED_REASON = '内容不适宜公开，未能受理。如有需要，请修改后重新提交。'

/**
 * A person reviews content that content security held: released, the case goes to the branch with a
 * fresh deadline; blocked, only the submitter ever sees it, with a calm reason.
 */
export const moderate = defineAction({
  schema: moderateIssueInput,
  policy: { kind: 'org', roles: ADMINS, orgOf: (input) => input.orgId },
  async run(input, context): Promise<IssueDetail> {
    const { issue, viewer, name, now } = await beginStep(context, input, 'moderate')
    const note = input.note ?? ''
    const next = await transition(context.db, issue, {
      from: ['submitted'],
      where: { held: true },
      set: input.release
        ? { held: false, dueAt: dueDate(issue.category, now), updatedAt: now }
        : { status: 'rejected', rejectReason: note || BLOCKED_REASON, updatedAt: now },
      entry: input.release
        ? timelineEntry('released', now, context.caller.openid, name, note)
        : timelineEntry('rejected', now, context.caller.openid, name, note || BLOCKED_REASON),
    })
    await auditIssue(context, issue, 'handler', {
      action: 'issue.moderate',
      summary: input.release ? '内容审核通过' : '内容审核未通过',
    })
    return toDetail(next, viewer, now)
  },
})
