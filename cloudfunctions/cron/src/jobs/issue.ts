import { autoResolve, escalateOverdue } from '../../../issue/src/overdue'
import type { Job } from '../job'

/** Grassroots issues: escalate overdue cases to the parent org; close replies nobody confirmed. */
export const issueJob: Job = {
  name: 'issues',
  async run({ db, now }) {
    return { ...(await escalateOverdue(db, now)), ...(await autoResolve(db, now)) }
  },
}
