import type { Job } from '../job'
import { issueJob } from './issue'
import { lessonDueReminders } from './lesson'
import { mediaVerdicts } from './media'
import { meetingReminders } from './meeting'
import { reminderDeliveries } from './reminders'

/** Run in this order on every tick: reminders are made first, then sent within the tick's budget. */
export const JOBS: Job[] = [
  issueJob,
  mediaVerdicts,
  lessonDueReminders,
  meetingReminders,
  reminderDeliveries,
]
