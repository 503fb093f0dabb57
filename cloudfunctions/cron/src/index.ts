import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { CronActions } from '../../../types/cron'
import { tick } from './actions/tick'

const actions: ActionsFor<CronActions> = { tick }

export const main = createRouter('cron', actions)
