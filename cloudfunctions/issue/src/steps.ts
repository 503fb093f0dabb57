import type { ActionContext } from '../../_shared/action'
import { conflict, forbidden, notFound } from '../../_shared/errors'
import type { IssueStep } from '../../../types/issue'
import { handlerOf } from './actors'
import type { IssueRecord } from '../../_shared/records/issue'
import { findIssue, findIssueInOrg } from './issues'
import { allowedSteps, type Viewer } from './views'

const ANY_LEAD: Viewer = { kind: 'handler', openid: '', roles: ['admin'] }

/**
 * The common start of a handler's step: the case (in the org the caller acts in), who the caller is,
 * and whether this step is theirs to take now. A step a 书记 could take but this 支委 may not (a case
 * assigned to someone else) is FORBIDDEN; a step nobody could take in this state is a CONFLICT.
 */
export async function beginStep(
  context: ActionContext,
  input: { orgId: string; issueId: string },
  step: IssueStep,
): Promise<{ issue: IssueRecord; viewer: Viewer & { kind: 'handler' }; name: string; now: Date }> {
  const [issue, handler] = await Promise.all([
    findIssueInOrg(context.db, input.orgId, input.issueId, { includeHeld: step === 'moderate' }),
    handlerOf(context),
  ])
  if (!allowedSteps(issue, handler.viewer).includes(step)) {
    if (allowedSteps(issue, ANY_LEAD).includes(step)) {
      throw forbidden(
        step === 'moderate'
          ? '只有上级党组织管理员可以审核内容'
          : '这一步需要书记、副书记或这条诉求的办理人来处理',
      )
    }
    throw conflict('这条诉求当前的状态不能进行这一步，请刷新后再试')
  }
  return { issue, ...handler, now: new Date() }
}

/** The submitter's own step: anyone else is told the case does not exist. */
export async function beginSubmitterStep(
  context: ActionContext,
  issueId: string,
  step: IssueStep,
): Promise<{ issue: IssueRecord; now: Date }> {
  const issue = await findIssue(context.db, issueId)
  if (!issue || issue.submitter !== context.caller.openid) throw notFound('这条诉求')
  if (!allowedSteps(issue, { kind: 'submitter' }).includes(step)) {
    throw conflict(
      step === 'reopen' && issue.reopenCount > 0
        ? '每条诉求只能申请重新办理一次；如仍有问题，请提交新的诉求'
        : '这条诉求当前的状态不能进行这一步，请刷新后再试',
    )
  }
  return { issue, now: new Date() }
}
