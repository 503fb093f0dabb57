import { defineAction } from '../../../_shared/action'
import { LEADERS } from '../../../_shared/policy'
import type { IssueDetail } from '../../../../types/issue'
import { publishIssueInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { timelineEntry } from '../../../_shared/records/issue'
import { transition } from '../issues'
import { beginStep } from '../steps'
import { toDetail } from '../views'

/**
 * Shows a resolved case on the branch's public board (or takes it off). Only with the submitter's
 * consent, given when submitting or confirming; the board shows no personal details.
 */
export const publish = defineAction({
  schema: publishIssueInput,
  policy: { kind: 'org', roles: LEADERS, orgOf: (input) => input.orgId },
  async run(input, context): Promise<IssueDetail> {
    const { issue, viewer, name, now } = await beginStep(
      context,
      input,
      input.public ? 'publish' : 'unpublish',
    )
    const next = await transition(context.db, issue, {
      from: ['resolved'],
      where: input.public ? { held: false, publicConsent: true } : { held: false },
      set: { public: input.public, updatedAt: now },
      entry: timelineEntry(
        input.public ? 'published' : 'unpublished',
        now,
        context.caller.openid,
        name,
      ),
    })
    await auditIssue(context, issue, 'handler', {
      action: 'issue.publish',
      summary: input.public ? '公开到诉求公示栏' : '从诉求公示栏撤下',
    })
    return toDetail(next, viewer, now)
  },
})
