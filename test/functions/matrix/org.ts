import { groupCloudIdFor } from '../../helpers/group'
import {
  ADMIN,
  ANY,
  LEADERS,
  SECRETARY,
  type OrgActionCase,
  type SignedInCase,
  type Target,
} from './cases'

const PARENT: Record<Target, string> = {
  'org-branch-1': 'org-general',
  'org-branch-2': 'org-general',
  'org-general': 'org-committee',
}
const A_MEMBER: Record<Target, string> = {
  'org-branch-1': 'o_demo_member',
  'org-branch-2': 'o_demo_05',
  'org-general': 'o_demo_member',
}

const A_CHILD: Record<Target, string> = {
  'org-branch-1': 'org-group-1a',
  'org-branch-2': 'org-group-2a',
  'org-general': 'org-branch-1',
}

// Destructive-for-the-caller actions (leaveOrg) come last so earlier cells keep their people.
export const orgCases: OrgActionCase[] = [
  { fn: 'org', action: 'getHome', roles: ANY, input: (orgId) => ({ orgId }) },
  { fn: 'org', action: 'listMembers', roles: ANY, input: (orgId) => ({ orgId }) },
  { fn: 'org', action: 'getTree', roles: LEADERS, input: (orgId) => ({ orgId }) },
  { fn: 'org', action: 'listAudit', roles: SECRETARY, input: (orgId) => ({ orgId }) },
  { fn: 'org', action: 'listJoinRequests', roles: LEADERS, input: (orgId) => ({ orgId }) },
  { fn: 'org', action: 'createInvite', roles: LEADERS, input: (orgId) => ({ orgId }) },
  {
    fn: 'org',
    action: 'decideJoin',
    roles: LEADERS,
    input: (orgId) => ({ orgId, memberId: 'o_demo_resident', approve: true }),
  },
  {
    fn: 'org',
    action: 'bindGroup',
    roles: LEADERS,
    input: (orgId, who) => ({ orgId, groupCloudId: groupCloudIdFor(who, `matrix-${orgId}`) }),
  },
  {
    fn: 'org',
    action: 'setRole',
    roles: SECRETARY,
    input: (orgId) => ({ orgId, memberId: A_MEMBER[orgId], role: 'member' }),
  },
  {
    fn: 'org',
    action: 'removeMember',
    roles: SECRETARY,
    input: (orgId) => ({ orgId, memberId: 'o_demo_resident', reason: '矩阵测试' }),
  },
  {
    fn: 'org',
    action: 'createOrg',
    roles: ADMIN,
    input: (parentId) => ({
      parentId,
      name: '矩阵测试组织',
      kind: parentId === 'org-general' ? 'branch' : 'group',
    }),
  },
  {
    fn: 'org',
    action: 'renameOrg',
    roles: ADMIN,
    input: (orgId) => ({ orgId, name: `${orgId}改名` }),
  },
  {
    fn: 'org',
    action: 'moveOrg',
    roles: ADMIN,
    input: (orgId) => ({ orgId, parentId: PARENT[orgId] }),
  },
  {
    fn: 'org',
    action: 'reorderOrg',
    roles: ADMIN,
    input: (parentId) => ({ parentId, orgId: A_CHILD[parentId], direction: 'down' }),
  },
  { fn: 'org', action: 'archiveOrg', roles: ADMIN, input: (orgId) => ({ orgId }) },
  { fn: 'org', action: 'leaveOrg', roles: ANY, input: (orgId) => ({ orgId }) },
]

export const orgSignedInCases: SignedInCase[] = [
  { fn: 'org', action: 'viewInvite', input: () => ({ code: 'ABCDEFGH' }) },
  { fn: 'org', action: 'requestJoin', input: () => ({ code: 'ABCDEFGH' }) },
  {
    fn: 'org',
    action: 'openFromGroup',
    input: (who) => ({ groupCloudId: groupCloudIdFor(who, 'matrix-unbound') }),
  },
]
