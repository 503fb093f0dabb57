import type { Job } from '../job'
import { issueJob } from './issue'

/** Run in this order on every tick. */
