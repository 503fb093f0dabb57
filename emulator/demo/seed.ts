import { cloud } from '../local-cloud'
import { seedActivities } from './seed-activity'
import { seedDues } from './seed-dues'
import { seedInbox } from './seed-inbox'
import { seedIssues } from './seed-issue'
import { seedNotices } from './seed-notice'
import { seedLessons } from './seed-lesson'
import { seedMeetings } from './seed-meeting'
import { seedOrgs } from './seed-org'

/**
 * Seeds the demo committee once; a store that already has users is left as it is. Each domain adds
 * its demo records in its own seed-<domain>.ts, called here in order.
 */
export async function seedDemoData(now = new Date()): Promise<boolean> {
  const db = cloud.database()
  const { total } = (await db.collection('users').count()) as { total: number }
  if (total > 0) return false
  await seedOrgs(db, now)
  await seedIssues(db, now)
  await seedNotices(db, now)
  await seedActivities(db, now)
  await seedLessons(db, now)
  await seedMeetings(db, now)
  await seedDues(db, now)
  await seedInbox(db, now)
  return true
}
