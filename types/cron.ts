import type { ActionSpec } from './contract'
import type { NoInput } from './contract.schema'

/** What one job did in a tick, e.g. `{ job: 'meetingReminders', sent: 3, skipped: 1 }`. */
export interface JobReport {
  job: string
  counts: Record<string, number>
}

export interface CronActions {
  tick: ActionSpec<NoInput, JobReport[]>
}
