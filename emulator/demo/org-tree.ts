import type { Role } from '../../types/user'

/** The demo committee: 1 党委, 1 总支, 3 支部 with 党小组, ~30 members (one 入党积极分子). */
export type OrgKind = 'committee' | 'general_branch' | 'branch' | 'group'

export interface DemoOrg {
  _id: string
  name: string
  kind: OrgKind
  parentId: string
}

export const DEMO_ORGS: readonly DemoOrg[] = [
  { _id: 'org-committee', name: '幸福街道党工委', kind: 'committee', parentId: '' },
  { _id: 'org-general', name: '幸福社区党总支', kind: 'general_branch', parentId: 'org-committee' },
  { _id: 'org-branch-1', name: '第一党支部', kind: 'branch', parentId: 'org-general' },
  { _id: 'org-branch-2', name: '第二党支部', kind: 'branch', parentId: 'org-general' },
  { _id: 'org-branch-3', name: '离退休党支部', kind: 'branch', parentId: 'org-general' },
  { _id: 'org-group-1a', name: '第一党小组', kind: 'group', parentId: 'org-branch-1' },
  { _id: 'org-group-1b', name: '第二党小组', kind: 'group', parentId: 'org-branch-1' },
  { _id: 'org-group-2a', name: '党小组', kind: 'group', parentId: 'org-branch-2' },
  { _id: 'org-group-3a', name: '党小组', kind: 'group', parentId: 'org-branch-3' },
]

export interface DemoMember {
  openid: string
  nickname: string
  orgId: string
  role: Role
}

const NAMES = [
  '赵丽华',
  '孙伟',
  '周敏',
  '吴刚',
  '郑秀英',
  '冯磊',
  '褚静',
  '卫国平',
  '蒋芳',
  '沈洁',
  '韩涛',
  '杨帆',
  '朱玉兰',
  '秦勇',
  '尤佳',
  '许明',
  '何琳',
  '吕建华',
  '施慧',
  '张桂英',
  '孔德明',
  '曹雪',
  '严军',
  '华晓燕',
  '金鑫',
]

const BRANCHES = ['org-branch-1', 'org-branch-2', 'org-branch-3']

export const DEMO_MEMBERS: readonly DemoMember[] = [
  { openid: 'o_demo_secretary', nickname: '王建国', orgId: 'org-branch-1', role: 'secretary' },
  { openid: 'o_demo_committee', nickname: '李红梅', orgId: 'org-branch-1', role: 'committee' },
  { openid: 'o_demo_member', nickname: '张晓明', orgId: 'org-branch-1', role: 'member' },
  { openid: 'o_demo_deputy', nickname: '高志远', orgId: 'org-branch-1', role: 'deputy' },
  // Not a 党员: an 入党积极分子 of the branch, counted and expected apart from the 党员.
  { openid: 'o_demo_activist', nickname: '刘思远', orgId: 'org-branch-1', role: 'activist' },
  { openid: 'o_demo_admin', nickname: '陈志强', orgId: 'org-committee', role: 'admin' },
  ...NAMES.map((nickname, index): DemoMember => {
    const orgId = BRANCHES[index % BRANCHES.length]
    const firstOfBranch = index < BRANCHES.length && orgId !== 'org-branch-1'
    const role: Role = firstOfBranch ? 'secretary' : index % 7 === 6 ? 'probationary' : 'member'
    return { openid: `o_demo_${String(index + 1).padStart(2, '0')}`, nickname, orgId, role }
  }),
]

/** Ancestors from the root down, so a subtree query is `where({ ancestors: orgId })`. */
export function ancestorsOf(orgId: string): string[] {
  const chain: string[] = []
  let current = DEMO_ORGS.find((org) => org._id === orgId)
  while (current?.parentId) {
    chain.unshift(current.parentId)
    current = DEMO_ORGS.find((org) => org._id === current?.parentId)
  }
  return chain
}
