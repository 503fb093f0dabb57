import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { OrgActions } from '../../../types/org'
import { archiveOrg } from './actions/archive-org'
import { bindGroup } from './actions/bind-group'
import { createInvite } from './actions/create-invite'
import { createOrg } from './actions/create-org'
import { decideJoin } from './actions/decide-join'
import { getHome } from './actions/get-home'
import { getTree } from './actions/get-tree'
import { leaveOrg } from './actions/leave-org'
import { listAudit } from './actions/list-audit'
import { listJoinRequests } from './actions/list-join-requests'
import { listMembers } from './actions/list-members'
import { moveOrg } from './actions/move-org'
import { openFromGroup } from './actions/open-from-group'
import { removeMember } from './actions/remove-member'
import { renameOrg } from './actions/rename-org'
import { reorderOrg } from './actions/reorder-org'
import { requestJoin } from './actions/request-join'
import { setRole } from './actions/set-role'
import { viewInvite } from './actions/view-invite'

const actions: ActionsFor<OrgActions> = {
  getHome,
  listMembers,
  getTree,
  createOrg,
  renameOrg,
  moveOrg,
  reorderOrg,
  archiveOrg,
  createInvite,
  viewInvite,
  requestJoin,
  listJoinRequests,
  decideJoin,
  setRole,
  removeMember,
  leaveOrg,
  bindGroup,
  openFromGroup,
  listAudit,
}

export const main = createRouter('org', actions)
