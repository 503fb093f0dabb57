import type { Screen } from './screen'

export const orgScreens: Screen[] = [
  {
    name: '支部 home',
    who: 'member',
    calls: [{ fn: 'org', event: { action: 'getHome', orgId: 'org-branch-1' } }],
  },
  {
    name: '支部 home (secretary: 今日待办 with reviews)',
    who: 'secretary',
    calls: [{ fn: 'org', event: { action: 'getHome', orgId: 'org-branch-1' } }],
  },
  {
    name: '成员 list (secretary, audited)',
    who: 'secretary',
    calls: [{ fn: 'org', event: { action: 'listMembers', orgId: 'org-branch-1' } }],
  },
  {
    name: '入支部申请 list',
    who: 'secretary',
    calls: [{ fn: 'org', event: { action: 'listJoinRequests', orgId: 'org-branch-1' } }],
  },
  {
    name: '操作记录 (audit) page',
    who: 'admin',
    calls: [{ fn: 'org', event: { action: 'listAudit', orgId: 'org-committee' } }],
  },
  {
    name: '组织架构 tree',
    who: 'admin',
    calls: [{ fn: 'org', event: { action: 'getTree', orgId: 'org-committee' } }],
  },
]
