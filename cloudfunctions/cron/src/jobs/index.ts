import type { Job } from '../job'
import { issueJob } from './issue'
import { lessonDueReminders } from './lesson'
import { meetingReminders } from './meeting'

/** Run in this order on every tick. */
export const JOBS: Job[] = [issueJob, lessonDueReminders, meetingReminders]
