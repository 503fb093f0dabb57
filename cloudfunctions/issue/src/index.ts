import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { IssueActions } from '../../../types/issue'
import { accept } from './actions/accept'
import { assign } from './actions/assign'
import { confirm } from './actions/confirm'
import { get } from './actions/get'
import { listAssignees } from './actions/list-assignees'
import { listBoard } from './actions/list-board'
import { listBranches } from './actions/list-branches'
import { listForOrg } from './actions/list-for-org'
import { listMine } from './actions/list-mine'
import { moderate } from './actions/moderate'
import { publish } from './actions/publish'
import { reject } from './actions/reject'
import { reopen } from './actions/reopen'
import { reply } from './actions/reply'
import { start } from './actions/start'
import { submit } from './actions/submit'

const actions: ActionsFor<IssueActions> = {
  listBranches,
  submit,
  listMine,
  get,
  listForOrg,
  listAssignees,
  accept,
  reject,
  assign,
  start,
  reply,
  confirm,
  reopen,
  publish,
  moderate,
  listBoard,
}

export const main = createRouter('issue', actions)
