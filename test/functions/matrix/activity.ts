import type { Role } from '../../../types/user'
import { ANY, type OrgActionCase, type Target } from './cases'

/** 支委会: 书记, 副书记 and 支委 publish, show the code and review. */
const COMMITTEE: Role[] = ['secretary', 'deputy', 'committee']

/** A seeded activity of each branch; under 总支 there is none, so allowed cells answer NOT_FOUND. */
const ACTIVITY: Record<Target, string> = {
  'org-branch-1': 'act-demo-volunteer',
  'org-branch-2': 'act-demo-b2-volunteer',
  'org-general': 'act-demo-volunteer',
}

const ref = (orgId: Target) => ({ orgId, activityId: ACTIVITY[orgId] })
const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()

// cancelActivity comes last: it changes the activity the other cells use.
export const activityCases: OrgActionCase[] = [
  { fn: 'activity', action: 'listActivities', roles: ANY, input: (orgId) => ({ orgId }) },
  { fn: 'activity', action: 'getActivity', roles: ANY, input: ref },
  { fn: 'activity', action: 'listShowcase', roles: ANY, input: (orgId) => ({ orgId }) },
  { fn: 'activity', action: 'signUp', roles: ANY, input: ref },
  { fn: 'activity', action: 'cancelSignUp', roles: ANY, input: ref },
  {
    fn: 'activity',
    action: 'checkIn',
    roles: ANY,
    input: (orgId) => ({ ...ref(orgId), code: '000000' }),
  },
  {
    fn: 'activity',
    action: 'submitReflection',
    roles: ANY,
    input: (orgId) => ({ ...ref(orgId), text: '矩阵测试的心得内容' }),
  },
  {
    fn: 'activity',
    action: 'addPhotos',
    roles: ANY,
    input: (orgId) => ({
      ...ref(orgId),
      fileIDs: ['cloud://zhibu-local.7a68-zhibu-local/uploads/activity/202611/matrix.png'],
    }),
  },
  {
    fn: 'activity',
    action: 'createActivity',
    roles: COMMITTEE,
    input: (orgId) => ({
      orgId,
      kind: 'study',
      title: '矩阵测试学习会',
      place: '会议室',
      startsAt: inHours(48),
      endsAt: inHours(50),
      signUpBy: inHours(24),
      capacity: 5,
    }),
  },
  { fn: 'activity', action: 'getSignInCode', roles: COMMITTEE, input: ref },
  {
    fn: 'activity',
    action: 'reviewPhoto',
    roles: COMMITTEE,
    input: (orgId) => ({ ...ref(orgId), photoId: 'pdemomissing', approve: true }),
  },
  {
    fn: 'activity',
    action: 'reviewReflection',
    roles: COMMITTEE,
    input: (orgId) => ({ ...ref(orgId), memberId: 'o_demo_member', approve: true }),
  },
  {
    fn: 'activity',
    action: 'reviewActivity',
    roles: COMMITTEE,
    input: (orgId) => ({ ...ref(orgId), publish: true }),
  },
  {
    fn: 'activity',
    action: 'cancelActivity',
    roles: COMMITTEE,
    input: (orgId) => ({ ...ref(orgId), reason: '矩阵测试取消' }),
  },
]
