import { defineAction } from '../../../_shared/action'
import { LEADERS } from '../../../_shared/policy'
import type { IssueDetail } from '../../../../types/issue'
import { issueStepInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { timelineEntry } from '../../../_shared/records/issue'
import { deliver } from '../../../_shared/records/inbox'
import { issueStep } from '../../../_shared/inbox-messages'
import { transition } from '../issues'
import { beginStep } from '../steps'
import { toDetail } from '../views'

/** 书记/副书记 take a case on; its deadline stays the one set at submission. */
export const accept = defineAction({
  schema: issueStepInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run(input, context): Promise<IssueDetail> {
    const { issue, viewer, name, now } = await beginStep(context, input, 'accept')
    const next = await transition(context.db, issue, {
      from: ['submitted'],
      where: { held: false },
      set: { status: 'accepted', updatedAt: now },
      entry: timelineEntry('accepted', now, context.caller.openid, name),
    })
    await auditIssue(context, issue, 'handler', { action: 'issue.accept', summary: '受理诉求' })
    await deliver(context.db, [issueStep(issue, 'accepted')])
    return toDetail(next, viewer, now)
  },
})
