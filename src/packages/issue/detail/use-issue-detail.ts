import { useCallback, useState } from 'react'
import type { Reply, ErrorCode } from '../../../../types/errors'
import type { AssigneeOption, IssueDetail } from '../../../../types/issue'
import { useAction } from '../../../hooks/use-action'
import { usePageParam } from '../../../hooks/use-page-param'
import { badLink, useReply } from '../../../hooks/use-reply'
import {
  acceptIssue,
  assignIssue,
  confirmIssue,
  getIssue,
  listAssignees,
  moderateIssue,
  publishIssue,
  rejectIssue,
  reopenIssue,
  replyToIssue,
  startIssue,
} from '../../../services/issue'

/** The open form under the case, if any. */
export type Panel = 'reject' | 'assign' | 'reply' | 'confirm' | 'reopen' | null

export type AssigneesState =
  | { status: 'loading' }
  | { status: 'error'; code?: ErrorCode; message: string }
  | { status: 'ready'; options: AssigneeOption[] }

/**
 * One case and the steps the server says the caller may take. Every step answers with the case as it
 * now is, so the page never reads it twice; a refused step keeps the form and says why.
 */
export function useIssueDetail() {
  const issueId = usePageParam('id')
  const fetch = useCallback(
    () => (issueId ? getIssue({ issueId }) : badLink('链接缺少诉求编号，请从诉求列表重新进入')),
    [issueId],
  )
  const { state, retry, show } = useReply(fetch)
  const [panel, setPanel] = useState<Panel>(null)
  const action = useAction<'step'>()
  const { setError } = action
  const [assignees, setAssignees] = useState<AssigneesState>({ status: 'loading' })

  const issue = state.status === 'ready' ? state.data : null

  /** Runs a step; the case as it now is replaces the one shown and the form closes. */
  const run = (step: () => Promise<Reply<IssueDetail>>, done: string) =>
    action.run('step', step, {
      done,
      then: (data) => {
        show(data)
        setPanel(null)
      },
    })

  const openPanel = useCallback(
    async (next: Panel) => {
      setError('')
      setPanel(next)
      if (next === 'assign' && issue) {
        setAssignees({ status: 'loading' })
        const reply = await listAssignees({ orgId: issue.orgId })
        setAssignees(
          reply.ok
            ? { status: 'ready', options: reply.data }
            : { status: 'error', code: reply.code, message: reply.message },
        )
      }
    },
    [issue, setError],
  )

  const step = issue ? { orgId: issue.orgId, issueId: issue.id } : null

  return {
    state,
    retry,
    panel,
    openPanel,
    closePanel: () => setPanel(null),
    busy: action.busy !== '',
    error: action.error,
    assignees,
    accept: () => step && run(() => acceptIssue(step), '已受理'),
    reject: (reason: string) => step && run(() => rejectIssue({ ...step, reason }), '已回复提交人'),
    assign: (assigneeId: string) =>
      step && run(() => assignIssue({ ...step, assigneeId }), '已指派'),
    start: () => step && run(() => startIssue(step), '已开始办理'),
    reply: (body: string, photos: string[]) =>
      step && run(() => replyToIssue({ ...step, body, photos }), '已答复'),
    publish: (on: boolean) =>
      step && run(() => publishIssue({ ...step, public: on }), on ? '已公示' : '已撤下'),
    moderate: (release: boolean) =>
      step && run(() => moderateIssue({ ...step, release }), release ? '已通过审核' : '已处理'),
    confirm: (rating: number, comment: string, publicConsent: boolean) =>
      issue &&
      run(() => confirmIssue({ issueId: issue.id, rating, comment, publicConsent }), '感谢评价'),
    reopen: (reason: string) =>
      issue && run(() => reopenIssue({ issueId: issue.id, reason }), '已申请重新办理'),
  }
}
