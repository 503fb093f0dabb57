import type { Screen } from './screen'

const ref = { orgId: 'org-branch-1', activityId: 'act-demo-themeday-last' }

export const activityScreens: Screen[] = [
  {
    name: '活动 list',
    who: 'member',
    calls: [{ fn: 'activity', event: { action: 'listActivities', orgId: 'org-branch-1' } }],
  },
  {
    name: '活动 detail (member)',
    who: 'member',
    calls: [{ fn: 'activity', event: { action: 'getActivity', ...ref } }],
  },
  {
    name: '活动 detail (committee admin, audited)',
    who: 'admin',
    calls: [{ fn: 'activity', event: { action: 'getActivity', ...ref } }],
  },
  {
    name: '支部风采 (党委, whole tree)',
    who: 'admin',
    calls: [{ fn: 'activity', event: { action: 'listShowcase', orgId: 'org-committee' } }],
  },
]
