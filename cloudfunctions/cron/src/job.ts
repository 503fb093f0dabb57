import type { Database } from '../../_shared/cloud'

/** One piece of timed work; each domain adds its own file under jobs/ and lists it in jobs/index.ts. */
export interface Job {
  name: string
  run(context: { db: Database; now: Date }): Promise<Record<string, number>>
}
