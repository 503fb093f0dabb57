import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { MeetingActions } from '../../../types/meeting'
import { cancelMeeting } from './actions/cancel-meeting'
import { createMeeting } from './actions/create-meeting'
import { decideRequest } from './actions/decide-request'
import { exportLedger } from './actions/export-ledger'
import { getCompleteness } from './actions/get-completeness'
import { getMeeting } from './actions/get-meeting'
import { getMeetingForm } from './actions/get-meeting-form'
import { getSignInCode } from './actions/get-sign-in-code'
import { listMeetings } from './actions/list-meetings'
import { proxySignIn } from './actions/proxy-sign-in'
import { recordMinutes } from './actions/record-minutes'
import { releaseMinutes } from './actions/release-minutes'
import { requestAttendance } from './actions/request-attendance'
import { setRhythm } from './actions/set-rhythm'
import { shareCard } from './actions/share-card'
import { signIn } from './actions/sign-in'
import { updateMeeting } from './actions/update-meeting'

const actions: ActionsFor<MeetingActions> = {
  getMeetingForm,
  listMeetings,
  getMeeting,
  createMeeting,
  updateMeeting,
  cancelMeeting,
  getSignInCode,
  signIn,
  requestAttendance,
  decideRequest,
  proxySignIn,
  recordMinutes,
  releaseMinutes,
  shareCard,
  exportLedger,
  getCompleteness,
  setRhythm,
}

export const main = createRouter('meeting', actions)
