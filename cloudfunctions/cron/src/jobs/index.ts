import type { Job } from '../job'

/** Run in this order on every tick. */
export const JOBS: Job[] = []
