import type { Screen } from './screen'

export const lessonScreens: Screen[] = [
  {
    name: '学习 tab, first page (member)',
    who: 'member',
    calls: [{ fn: 'lesson', event: { action: 'listLessons', orgId: 'org-branch-1' } }],
  },
  {
    name: '学习 tab, first page (secretary)',
    who: 'secretary',
    calls: [{ fn: 'lesson', event: { action: 'listLessons', orgId: 'org-branch-1' } }],
  },
  {
    name: '微党课 reader (member)',
    who: 'member',
    calls: [{ fn: 'lesson', event: { action: 'getLesson', lessonId: 'lesson-demo-discipline' } }],
  },
  {
    name: '微党课 reader (author, rejected draft)',
    who: 'committee',
    calls: [{ fn: 'lesson', event: { action: 'getLesson', lessonId: 'lesson-demo-volunteer' } }],
  },
  {
    name: '我写的微党课',
    who: 'committee',
    calls: [{ fn: 'lesson', event: { action: 'listMyLessons' } }],
  },
  {
    name: '微党课 待审核',
    who: 'secretary',
    calls: [{ fn: 'lesson', event: { action: 'listReviewQueue', orgId: 'org-branch-1' } }],
  },
  {
    name: '学习情况 (secretary, reflections, audited)',
    who: 'secretary',
    calls: [
      {
        fn: 'lesson',
        event: {
          action: 'getLessonStats',
          orgId: 'org-branch-1',
          lessonId: 'lesson-demo-discipline',
        },
      },
    ],
  },
  {
    name: '学习情况 (committee admin, all branches)',
    who: 'admin',
    calls: [
      {
        fn: 'lesson',
        event: {
          action: 'getLessonStats',
          orgId: 'org-committee',
          lessonId: 'lesson-demo-discipline',
        },
      },
    ],
  },
]
