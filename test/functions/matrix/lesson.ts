import type { Role } from '../../../types/user'
import type { Who } from '../../helpers/cloud'
import { ADMIN, ANY, SECRETARY, type OrgActionCase, type SignedInCase } from './cases'

/** 支委会: who writes lessons and sees completion rates. */
const COMMITTEE: Role[] = ['secretary', 'deputy', 'committee']
const NO_SUCH_LESSON = 'lesson-0000000000000000'

/** Each writer saves their own draft per org, so allowed cells never collide on one id. */
function draftId(orgId: string, who: Who): string {
  const person = typeof who === 'string' ? who : who.openid
  return `matrix_${orgId}_${person}`
}

export const lessonCases: OrgActionCase[] = [
  { fn: 'lesson', action: 'listLessons', roles: ANY, input: (orgId) => ({ orgId }) },
  {
    fn: 'lesson',
    action: 'getLessonStats',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, lessonId: 'lesson-demo-discipline' }),
  },
  // 支委 pass the policy: they review what fell to the committee (lesson/src/reviewers.ts).
  { fn: 'lesson', action: 'listReviewQueue', roles: COMMITTEE, input: (orgId) => ({ orgId }) },
  {
    fn: 'lesson',
    action: 'saveDraft',
    roles: COMMITTEE,
    input: (orgId, who) => ({
      orgId,
      lessonId: draftId(orgId, who),
      title: '矩阵测试微党课',
      summary: '',
      blocks: [{ kind: 'text', text: '内容' }],
      tags: [],
    }),
  },
  {
    fn: 'lesson',
    action: 'submitLesson',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, lessonId: NO_SUCH_LESSON }),
  },
  {
    fn: 'lesson',
    action: 'withdrawLesson',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, lessonId: NO_SUCH_LESSON }),
  },
  {
    fn: 'lesson',
    action: 'reviewLesson',
    roles: COMMITTEE,
    input: (orgId) => ({ orgId, lessonId: NO_SUCH_LESSON, decision: 'publish' }),
  },
  {
    fn: 'lesson',
    action: 'setPinned',
    roles: SECRETARY,
    input: (orgId) => ({ orgId, lessonId: NO_SUCH_LESSON, pinned: true }),
  },
  {
    fn: 'lesson',
    action: 'setRequired',
    roles: ADMIN,
    input: (orgId) => ({ orgId, lessonId: NO_SUCH_LESSON, due: '2099-01-01' }),
  },
]

export const lessonSignedInCases: SignedInCase[] = [
  { fn: 'lesson', action: 'getLesson', input: () => ({ lessonId: NO_SUCH_LESSON }) },
  {
    fn: 'lesson',
    action: 'recordProgress',
    input: () => ({ lessonId: NO_SUCH_LESSON, percent: 10, activeSeconds: 10 }),
  },
  {
    fn: 'lesson',
    action: 'saveReflection',
    input: () => ({ lessonId: NO_SUCH_LESSON, reflection: '好' }),
  },
  { fn: 'lesson', action: 'listMyLessons', input: () => ({}) },
]
