import type { OrgActions } from '../../types/org'
import type {
  BindGroupInput,
  CreateInviteInput,
  CreateOrgInput,
  DecideJoinInput,
  GetHomeInput,
  InviteCodeInput,
  ListAuditInput,
  ListMembersInput,
  MoveOrgInput,
  OpenFromGroupInput,
  OrgIdInput,
  RemoveMemberInput,
  RenameOrgInput,
  ReorderOrgInput,
  RequestJoinInput,
  SetRoleInput,
} from '../../types/org.schema'
import { cloudFunction } from '../platform/cloud'

const org = cloudFunction<OrgActions>('org')

/** What the 支部 tab shows for one org: name, 书记, member count, what is coming up. */
export function getHome(input: GetHomeInput) {
  return org('getHome', input)
}

export function listMembers(input: ListMembersInput) {
  return org('listMembers', input)
}

export function getTree(input: OrgIdInput) {
  return org('getTree', input)
}

export function createOrg(input: CreateOrgInput) {
  return org('createOrg', input)
}

export function renameOrg(input: RenameOrgInput) {
  return org('renameOrg', input)
}

export function moveOrg(input: MoveOrgInput) {
  return org('moveOrg', input)
}

/** One place up or down among its siblings; answers the siblings in their new order. */
export function reorderOrg(input: ReorderOrgInput) {
  return org('reorderOrg', input)
}

export function archiveOrg(input: OrgIdInput) {
  return org('archiveOrg', input)
}

export function createInvite(input: CreateInviteInput) {
  return org('createInvite', input)
}

export function viewInvite(input: InviteCodeInput) {
  return org('viewInvite', input)
}

/** By invite code, or by the group a card was opened in (a fresh cloudID from group-entry). */
export function requestJoin(input: RequestJoinInput) {
  return org('requestJoin', input)
}

export function listJoinRequests(input: OrgIdInput) {
  return org('listJoinRequests', input)
}

export function decideJoin(input: DecideJoinInput) {
  return org('decideJoin', input)
}

export function setRole(input: SetRoleInput) {
  return org('setRole', input)
}

export function removeMember(input: RemoveMemberInput) {
  return org('removeMember', input)
}

export function leaveOrg(input: OrgIdInput) {
  return org('leaveOrg', input)
}

export function bindGroup(input: BindGroupInput) {
  return org('bindGroup', input)
}

export function openFromGroup(input: OpenFromGroupInput) {
  return org('openFromGroup', input)
}

export function listAudit(input: ListAuditInput) {
  return org('listAudit', input)
}
