import type { Database } from '../../_shared/cloud'
import type { SendBudget } from '../../_shared/reminders'

/** One piece of timed work; each domain adds its own file under jobs/ and lists it in jobs/index.ts. */
export interface Job {
  name: string
  run(context: {
    db: Database
    now: Date
    /** The tick's time left: long work stops in time and the next tick carries on. */
    budget: SendBudget
  }): Promise<Record<string, number>>
}
