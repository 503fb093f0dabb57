import { defineAction } from '../../../_shared/action'
import { COMMITTEE } from '../../../_shared/policy'
import type { IssueDetail } from '../../../../types/issue'
import { issueStepInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { timelineEntry } from '../../../_shared/records/issue'
import { transition } from '../issues'
import { beginStep } from '../steps'
import { toDetail } from '../views'

/** The assignee (or a 书记) starts work, so the submitter sees someone is on it. */
export const start = defineAction({
  schema: issueStepInput,
  policy: { kind: 'org', roles: COMMITTEE, orgOf: (input) => input.orgId },
  async run(input, context): Promise<IssueDetail> {
    const { issue, viewer, name, now } = await beginStep(context, input, 'start')
    const next = await transition(context.db, issue, {
      from: ['assigned'],
      where: { held: false },
      set: { status: 'in_progress', updatedAt: now },
      entry: timelineEntry('started', now, context.caller.openid, name),
    })
    await auditIssue(context, issue, 'handler', { action: 'issue.start', summary: '开始办理' })
    return toDetail(next, viewer, now)
  },
})
