import { defineAction } from '../../../_shared/action'
import { ActionError, notFound } from '../../../_shared/errors'
import { ADMINS, COMMITTEE, requireOrgRole } from '../../../_shared/policy'
import type { IssueDetail } from '../../../../types/issue'
import { issueIdInput } from '../../../../types/issue.schema'
import { auditIssue } from '../actors'
import { findIssue } from '../issues'
import { toDetail } from '../views'

/**
 * One case with its timeline. The submitter sees it as theirs; the branch's 支委会 and the orgs above
 * see it without who sent an anonymous one; a held case only its submitter and the reviewing admin.
 * Anyone else is told it does not exist.
 */
export const get = defineAction({
  schema: issueIdInput,
  readOnly: true,
  policy: { kind: 'signedIn' },
  async run({ issueId }, context): Promise<IssueDetail> {
    const { db, caller } = context
    const issue = await findIssue(db, issueId)
    if (!issue) throw notFound('这条诉求')
    const now = new Date()
    if (issue.submitter === caller.openid) return toDetail(issue, { kind: 'submitter' }, now)
    let roles
    try {
      ;({ roles } = await requireOrgRole(db, caller, issue.orgId, issue.held ? ADMINS : COMMITTEE))
    } catch (error) {
      // Not theirs and not theirs to handle: do not confirm that the case exists.
      if (error instanceof ActionError && error.code === 'FORBIDDEN') throw notFound('这条诉求')
      throw error
    }
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
