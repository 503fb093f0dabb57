import type { ActivityDetail, ActivitySummary } from '../../types/activity'

const HOUR = 3600_000

/** An activity of 第一党支部 whose sign-up is open; times relative to now. */
export function summary(overrides: Partial<ActivitySummary> = {}): ActivitySummary {
  const now = Date.now()
  return {
    id: 'act-1',
    orgId: 'org-branch-1',
    kind: 'volunteer',
    title: '社区环境整治志愿服务',
    place: '党群服务中心',
    startsAt: new Date(now + 48 * HOUR).toISOString(),
    endsAt: new Date(now + 50 * HOUR).toISOString(),
    signUpBy: new Date(now + 24 * HOUR).toISOString(),
    capacity: 10,
    signedUp: 3,
    checkedIn: 0,
    cover: '',
    phase: 'signup',
    mine: 'none',
    ...overrides,
  }
}

export function detail(overrides: Partial<ActivityDetail> = {}): ActivityDetail {
  return {
    ...summary(),
    body: '请穿方便活动的衣服',
    orgName: '第一党支部',
    cancelReason: '',
    signups: [],
    photos: [],
    reflections: [],
    myReflection: null,
    canManage: false,
    canAddPhotos: false,
    contentFlag: null,
    ...overrides,
  }
}

/** Happening now: check-in is open. */
export function underway(overrides: Partial<ActivityDetail> = {}): ActivityDetail {
  const now = Date.now()
  return detail({
    phase: 'ongoing',
    startsAt: new Date(now - HOUR / 4).toISOString(),
    endsAt: new Date(now + HOUR).toISOString(),
    signUpBy: new Date(now - HOUR).toISOString(),
    ...overrides,
  })
}
