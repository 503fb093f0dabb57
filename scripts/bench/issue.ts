import { issueIdFor } from '../../cloudfunctions/_shared/records/issue'
import type { Screen } from './screen'

/** A seeded case that every screen below can open (emulator/demo/seed-issue.ts). */
const SEEDED_CASE = issueIdFor('o_demo_resident', 'seed-parking')

export const issueScreens: Screen[] = [
  {
    name: '诉求 tab (my cases)',
    who: 'resident',
    calls: [{ fn: 'issue', event: { action: 'listMine' } }],
  },
  {
    name: '诉求 submit (branch picker)',
    who: 'resident',
    calls: [{ fn: 'issue', event: { action: 'listBranches' } }],
  },
  {
    name: '诉求 detail (submitter)',
    who: 'resident',
    calls: [{ fn: 'issue', event: { action: 'get', issueId: SEEDED_CASE } }],
  },
  {
    name: '诉求 detail (handler, audited)',
    who: 'secretary',
    calls: [{ fn: 'issue', event: { action: 'get', issueId: SEEDED_CASE } }],
  },
  {
    name: '诉求办理 queue (branch)',
    who: 'secretary',
    calls: [
      { fn: 'issue', event: { action: 'listForOrg', orgId: 'org-branch-1', view: 'pending' } },
    ],
  },
  {
    name: '诉求 escalated (committee)',
    who: 'admin',
    calls: [
      { fn: 'issue', event: { action: 'listForOrg', orgId: 'org-committee', view: 'escalated' } },
    ],
  },
  {
    name: '诉求 assignee picker',
    who: 'secretary',
    calls: [{ fn: 'issue', event: { action: 'listAssignees', orgId: 'org-branch-1' } }],
  },
  {
    name: '诉求公示栏 (board)',
    who: 'member',
    calls: [{ fn: 'issue', event: { action: 'listBoard', orgId: 'org-branch-1' } }],
  },
]
