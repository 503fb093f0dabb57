import type { LessonCard, LessonDetail, MyProgress, StudyMeta } from '../../types/lesson'

export function progress(overrides: Partial<MyProgress> = {}): MyProgress {
  return {
    percent: 0,
    resumeAt: 0,
    activeSeconds: 0,
    neededSeconds: 60,
    completed: false,
    completedAt: null,
    reflection: '',
    reflectionHeld: false,
    ...overrides,
  }
}

export function lessonDetail(overrides: Partial<LessonDetail> = {}): LessonDetail {
  return {
    id: 'lesson-test-01',
    orgId: 'org-branch-1',
    orgName: '第一党支部',
    title: '社区网格里的党员先锋岗',
    summary: '先锋岗的三条经验。',
    blocks: [
      { kind: 'text', text: '去年起，支部在六个网格里各设了一个党员先锋岗。' },
      { kind: 'text', text: '事情要具体，责任要到人，结果要让居民看得见。' },
    ],
    checkingImages: [],
    blockedImages: [],
    tags: ['基层治理'],
    minutes: 2,
    readingSeconds: 100,
    status: 'published',
    authorName: '王建国',
    isAuthor: false,
    reviewNote: '',
    reviewer: '',
    hold: null,
    contentFlag: null,
    pinned: false,
    required: null,
    dueForMe: null,
    publishedAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    history: [],
    progress: progress(),
    can: {
      edit: false,
      submit: false,
      withdraw: false,
      review: false,
      pin: false,
      statsOrgId: null,
      requireOrgId: null,
    },
    ...overrides,
  }
}

export function card(index: number, overrides: Partial<LessonCard> = {}): LessonCard {
  return {
    id: `lesson-card-${index}`,
    title: `微党课${index}`,
    summary: `导语${index}`,
    minutes: 3,
    tags: ['党史'],
    coverFileId: '',
    orgName: '第一党支部',
    pinned: false,
    due: null,
    publishedAt: '2026-11-20T02:00:00.000Z',
    progress: null,
    ...overrides,
  }
}

export function meta(overrides: Partial<StudyMeta> = {}): StudyMeta {
  return {
    tags: ['党史', '基层治理'],
    pendingReview: 0,
    mine: { draft: 0, pending: 0, rejected: 0 },
    ...overrides,
  }
}
