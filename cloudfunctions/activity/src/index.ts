import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { ActivityActions } from '../../../types/activity'
import { addPhotos } from './actions/add-photos'
import { cancelActivity } from './actions/cancel-activity'
import { cancelSignUp } from './actions/cancel-sign-up'
import { checkIn } from './actions/check-in'
import { createActivity } from './actions/create-activity'
import { getActivity } from './actions/get-activity'
import { getSignInCode } from './actions/get-sign-in-code'
import { listActivities } from './actions/list-activities'
import { listShowcase } from './actions/list-showcase'
import { reviewActivity } from './actions/review-activity'
import { reviewPhoto } from './actions/review-photo'
import { reviewReflection } from './actions/review-reflection'
import { signUp } from './actions/sign-up'
import { submitReflection } from './actions/submit-reflection'

const actions: ActionsFor<ActivityActions> = {
  createActivity,
  listActivities,
  getActivity,
  cancelActivity,
  signUp,
  cancelSignUp,
  getSignInCode,
  checkIn,
  addPhotos,
  reviewPhoto,
  submitReflection,
  reviewReflection,
  reviewActivity,
  listShowcase,
}

export const main = createRouter('activity', actions)
