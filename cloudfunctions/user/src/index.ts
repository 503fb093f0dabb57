import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { UserActions } from '../../../types/user'
import { getProfile } from './actions/get-profile'
import { login } from './actions/login'
import { recordSubscriptions } from './actions/record-subscriptions'
import { updateProfile } from './actions/update-profile'

const actions: ActionsFor<UserActions> = { login, getProfile, updateProfile, recordSubscriptions }

export const main = createRouter('user', actions)
