import { defineAction } from '../../../_shared/action'
import { budgetUntil } from '../../../_shared/reminders'
import { noInput } from '../../../../types/contract.schema'
import type { JobReport } from '../../../../types/cron'
import { JOBS } from '../jobs'

/**
 * What a tick may spend of the function's 20 s timeout (config.json): the rest is headroom for the
 * bookkeeping of sends in flight when the budget runs out.
 */
export const TICK_BUDGET_MS = 15_000

/** The timer trigger: runs every job; one failing job does not stop the others. */
export const tick = defineAction({
  schema: noInput,
  policy: { kind: 'timer' },
  async run(_input, { db }): Promise<JobReport[]> {
    const now = new Date()
    const budget = budgetUntil(now.getTime() + TICK_BUDGET_MS)
    const reports: JobReport[] = []
    for (const job of JOBS) {
      try {
        reports.push({ job: job.name, counts: await job.run({ db, now, budget }) })
      } catch (error) {
        console.error(`[cron] ${job.name} failed`, error)
        reports.push({ job: job.name, counts: { failed: 1 } })
      }
    }
    return reports
  },
})
