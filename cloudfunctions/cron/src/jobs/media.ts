import { reapplyPendingVerdicts } from '../../../_shared/verdicts'
import type { Job } from '../job'

/** Image verdicts that arrived but did not reach their record (a failed apply): applied again. */
export const mediaVerdicts: Job = {
  name: 'mediaVerdicts',
  async run({ db }) {
    return { reapplied: await reapplyPendingVerdicts(db, 50) }
  },
}
