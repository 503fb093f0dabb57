import type {
  ActivityActions,
  ActivityRef,
  AddPhotosInput,
  CancelActivityInput,
  CheckInInput,
  CreateActivityInput,
  ListActivitiesInput,
  ListShowcaseInput,
  ReviewActivityInput,
  ReviewPhotoInput,
  ReviewReflectionInput,
  SubmitReflectionInput,
} from '../../types/activity'
import { cloudFunction } from '../platform/cloud'

const activity = cloudFunction<ActivityActions>('activity')

/** 书记/副书记/支委 publish an activity of their branch. */
export function createActivity(input: CreateActivityInput) {
  return activity('createActivity', input)
}

/** The branch's activities, latest first, 20 a page, each with the caller's own sign-up. */
export function listActivities(input: ListActivitiesInput) {
  return activity('listActivities', input)
}

export function getActivity(input: ActivityRef) {
  return activity('getActivity', input)
}

export function cancelActivity(input: CancelActivityInput) {
  return activity('cancelActivity', input)
}

export function signUp(input: ActivityRef) {
  return activity('signUp', input)
}

export function cancelSignUp(input: ActivityRef) {
  return activity('cancelSignUp', input)
}

/** The host's rotating code; ask again at `rotatesAt`. */
export function getSignInCode(input: ActivityRef) {
  return activity('getSignInCode', input)
}

export function checkIn(input: CheckInInput) {
  return activity('checkIn', input)
}

/** fileIDs from `uploadFile('activity', path)` (src/platform/files.ts). */
export function addPhotos(input: AddPhotosInput) {
  return activity('addPhotos', input)
}

export function reviewPhoto(input: ReviewPhotoInput) {
  return activity('reviewPhoto', input)
}

export function submitReflection(input: SubmitReflectionInput) {
  return activity('submitReflection', input)
}

export function reviewReflection(input: ReviewReflectionInput) {
  return activity('reviewReflection', input)
}

/** Another 支委 publishes (or declines) an activity content security held for a person's look. */
export function reviewActivity(input: ReviewActivityInput) {
  return activity('reviewActivity', input)
}

/** 支部风采 of an org and everything below it. */
export function listShowcase(input: ListShowcaseInput) {
  return activity('listShowcase', input)
}
