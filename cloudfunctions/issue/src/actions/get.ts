import { defineAction, grantOf } from '../../../_shared/action'
import type { IssueDetail } from '../../../../types/issue'
import { issueIdInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { byIssue, loadedIssue } from '../issues'
import { toDetail } from '../views'

/**
 * One case with its timeline. The submitter sees it as theirs; the branch's 支委会 and the orgs above
 * see it without who sent an anonymous one; a held case only its submitter and the reviewing admin.
 * Anyone else is told it does not exist (`byIssue`).
 */
export const get = defineAction({
  schema: issueIdInput,
  readOnly: true,
  policy: byIssue,
  async run(_input, context): Promise<IssueDetail> {
    const { caller } = context
    const issue = loadedIssue(context)
    const now = new Date()
    if (issue.submitter === caller.openid) return toDetail(issue, { kind: 'submitter' }, now)
    const { roles } = grantOf(context)
    const detail = toDetail(issue, { kind: 'handler', openid: caller.openid, roles }, now)
    if (detail.contactPhone) {
      await auditIssue(context, issue, 'handler', {
        action: 'issue.get',
        summary: '查看诉求详情（含联系电话）',
      })
    }
    return detail
  },
})
