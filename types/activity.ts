import type { ActionSpec } from './contract'
import type {
  ActivityRef,
  AddPhotosInput,
  CancelActivityInput,
  CheckInInput,
  CreateActivityInput,
  ListActivitiesInput,
  ListShowcaseInput,
  ReviewPhotoInput,
  ReviewActivityInput,
  ReviewReflectionInput,
  SubmitReflectionInput,
} from './activity.schema'
import type { Page } from './org'
import type { SignInCodeView } from './signin'

export type {
  ReviewActivityInput,
  ActivityRef,
  AddPhotosInput,
  CancelActivityInput,
  CheckInInput,
  CreateActivityInput,
  ListActivitiesInput,
  ListShowcaseInput,
  ReviewPhotoInput,
  ReviewReflectionInput,
  SubmitReflectionInput,
}

export const ACTIVITY_KINDS = ['themeDay', 'volunteer', 'study', 'other'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  themeDay: '主题党日',
  volunteer: '志愿服务',
  study: '学习交流',
  other: '其他活动',
}

/** Limits the UI shows too, so a form can say them before the server does. */
export const ACTIVITY_LIMITS = {
  title: 40,
  body: 2000,
  place: 60,
  capacity: 300,
  reflection: 200,
  photosPerCall: 9,
  photosPerActivity: 60,
} as const

/**
 * Where an activity stands now, worked out by the server from its times:
 * 报名中 → 报名截止 → 进行中 (check-in open) → 已结束; or 已取消.
 */
export type ActivityPhase = 'held' | 'signup' | 'closed' | 'ongoing' | 'ended' | 'cancelled'

export const ACTIVITY_PHASE_LABELS: Record<ActivityPhase, string> = {
  held: '待审核',
  signup: '报名中',
  closed: '报名截止',
  ongoing: '进行中',
  ended: '已结束',
  cancelled: '已取消',
}

/** Check-in opens this long before the start: people arrive early and the host shows the code. */
export const CHECK_IN_OPENS_MINUTES_BEFORE = 30

export interface ActivitySummary {
  id: string
  orgId: string
  kind: ActivityKind
  title: string
  place: string
  startsAt: string
  endsAt: string
  signUpBy: string
  capacity: number
  signedUp: number
  checkedIn: number
  /** fileID of the cover image, or ''. */
  cover: string
  phase: ActivityPhase
  /** What the caller did: nothing yet, signed up, or signed up and checked in. */
  mine: 'none' | 'signedUp' | 'checkedIn'
}

/** A photo as the caller may see it: approved ones for everybody, pending ones for leaders and the uploader. */
export interface ActivityPhoto {
  id: string
  fileID: string
  byNickname: string
  status: 'approved' | 'pending'
}

export interface ActivitySignup {
  openid: string
  nickname: string
  checkedIn: boolean
}

export type ReflectionStatus = 'approved' | 'held' | 'rejected'

export interface Reflection {
  memberId: string
  nickname: string
  text: string
  at: string
  status: ReflectionStatus
}

export interface ActivityDetail extends ActivitySummary {
  body: string
  orgName: string
  cancelReason: string
  /** Sign-up list, visible to the branch (names and check-in only). */
  signups: ActivitySignup[]
  photos: ActivityPhoto[]
  /** Approved ones for everybody; held ones only for those who review them (and the author's own). */
  reflections: Reflection[]
  myReflection: Reflection | null
  /** 书记/副书记/支委 of the branch or an admin above: publish, show the code, review. */
  canManage: boolean
  /** Whether the caller may add photos now (checked in, or manages, once it has started). */
  canAddPhotos: boolean
  /**
   * Held (phase `held`): content security asked a person to read it before the branch sees it; the
   * kind it found ('' when it named none), shown to those who manage. Null otherwise.
   */
  contentFlag: string | null
}

/**
 * What the branch's 支委 are told when content security asked for a person's look at an activity:
 * the kind it found (msgSecCheck names no words).
 */
export function activityFlagNote(kind: string): string {
  return `内容安全检查提示可能涉及${kind || '需要人工确认的内容'}，请其他支委或上级管理员细读后再发布`
}

/** One activity on the branch's 支部风采 page. */
export interface ShowcaseItem {
  id: string
  orgId: string
  orgName: string
  kind: ActivityKind
  title: string
  place: string
  startsAt: string
  checkedIn: number
  photos: { id: string; fileID: string }[]
  photoCount: number
  reflections: { nickname: string; text: string }[]
  reflectionCount: number
}

export interface ActivityActions {
  createActivity: ActionSpec<CreateActivityInput, ActivitySummary>
  listActivities: ActionSpec<ListActivitiesInput, Page<ActivitySummary>>
  getActivity: ActionSpec<ActivityRef, ActivityDetail>
  cancelActivity: ActionSpec<CancelActivityInput, ActivitySummary>
  signUp: ActionSpec<ActivityRef, ActivitySummary>
  cancelSignUp: ActionSpec<ActivityRef, ActivitySummary>
  getSignInCode: ActionSpec<ActivityRef, SignInCodeView>
  checkIn: ActionSpec<CheckInInput, { checkedIn: true; already: boolean }>
  addPhotos: ActionSpec<AddPhotosInput, { added: ActivityPhoto[] }>
  reviewPhoto: ActionSpec<ReviewPhotoInput, { status: 'approved' | 'removed' }>
  submitReflection: ActionSpec<SubmitReflectionInput, Reflection>
  reviewReflection: ActionSpec<ReviewReflectionInput, { status: 'approved' | 'rejected' }>
  reviewActivity: ActionSpec<ReviewActivityInput, ActivitySummary>
  listShowcase: ActionSpec<ListShowcaseInput, Page<ShowcaseItem>>
}
