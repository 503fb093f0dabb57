import { deliverPendingReminders } from '../../../_shared/reminders'
import type { Job } from '../job'

/**
 * Sends what every unfinished reminder still owes (made this tick by the jobs before, or left over by a
 * tick or a leader's 提醒 that ran out of time), within the tick's budget.
 */
export const reminderDeliveries: Job = {
  name: 'reminderDeliveries',
  run: ({ db, budget }) => deliverPendingReminders(db, budget),
}
