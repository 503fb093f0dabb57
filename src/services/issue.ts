import type {
  AssignIssueInput,
  ConfirmIssueInput,
  IssueActions,
  IssueIdInput,
  IssueStepInput,
  ListBoardInput,
  ListForOrgInput,
  ListMineInput,
  ModerateIssueInput,
  PublishIssueInput,
  RejectIssueInput,
  ReopenIssueInput,
  ReplyIssueInput,
  SubmitIssueInput,
} from '../../types/issue'
import type { OrgIdInput } from '../../types/org.schema'
import { cloudFunction } from '../platform/cloud'

const issue = cloudFunction<IssueActions>('issue')

/** The branches a resident may send an issue to. */
export function listBranches() {
  return issue('listBranches', {})
}

/** Sends a draft; sending the same draft again (same requestId) returns the same case. */
export function submitIssue(input: SubmitIssueInput) {
  return issue('submit', input)
}

export function listMyIssues(input: ListMineInput) {
  return issue('listMine', input)
}

export function getIssue(input: IssueIdInput) {
  return issue('get', input)
}

/** A handler's list for an org: 待受理, 办理中, 指派给我, 待确认, 已办结, 逾期督办, 待审核. */
export function listIssuesForOrg(input: ListForOrgInput) {
  return issue('listForOrg', input)
}

export function listAssignees(input: OrgIdInput) {
  return issue('listAssignees', input)
}

export function acceptIssue(input: IssueStepInput) {
  return issue('accept', input)
}

export function rejectIssue(input: RejectIssueInput) {
  return issue('reject', input)
}

export function assignIssue(input: AssignIssueInput) {
  return issue('assign', input)
}

export function startIssue(input: IssueStepInput) {
  return issue('start', input)
}

export function replyToIssue(input: ReplyIssueInput) {
  return issue('reply', input)
}

export function confirmIssue(input: ConfirmIssueInput) {
  return issue('confirm', input)
}

export function reopenIssue(input: ReopenIssueInput) {
  return issue('reopen', input)
}

export function publishIssue(input: PublishIssueInput) {
  return issue('publish', input)
}

export function moderateIssue(input: ModerateIssueInput) {
  return issue('moderate', input)
}

export function listBoard(input: ListBoardInput) {
  return issue('listBoard', input)
}
