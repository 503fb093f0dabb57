import { defineAction } from '../../../_shared/action'
import { noInput } from '../../../../types/contract.schema'
import type { JobReport } from '../../../../types/cron'
import { JOBS } from '../jobs'

/** The timer trigger: runs every job; one failing job does not stop the others. */
export const tick = defineAction({
  schema: noInput,
  policy: { kind: 'timer' },
  async run(_input, { db }): Promise<JobReport[]> {
    const now = new Date()
    const reports: JobReport[] = []
    for (const job of JOBS) {
      try {
        reports.push({ job: job.name, counts: await job.run({ db, now }) })
      } catch (error) {
        console.error(`[cron] ${job.name} failed`, error)
        reports.push({ job: job.name, counts: { failed: 1 } })
      }
    }
    return reports
  },
})
