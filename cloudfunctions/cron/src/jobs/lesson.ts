import type { Database } from '../../../_shared/cloud'
import { aggregateRows, rows } from '../../../_shared/db'
import { createReminder } from '../../../_shared/reminders'
import { messageData } from '../../../_shared/subscriptions'
import { completionByOrg, type CompletionRow } from '../../../_shared/lesson-completion'
import type { Job } from '../job'
import { HOUR_MS } from '../../../../types/time'

/** Remind once, this long before a 规定动作 is due. */
const REMIND_BEFORE_HOURS = 48
const LESSONS_PER_TICK = 20

interface DueLesson {
  _id: string
  title: string
  requiredOrgId: string
  requiredDue: Date
}

/** People in the required org's subtree who have not finished the lesson yet. */
async function unfinishedReaders(db: Database, lesson: DueLesson): Promise<string[]> {
  const _ = db.command
  const found = await aggregateRows<CompletionRow>(
    completionByOrg(db, {
      orgMatch: _.and([
        _.or([{ _id: lesson.requiredOrgId }, { ancestors: lesson.requiredOrgId }]),
        { archived: false },
      ]),
      maxOrgs: 1000,
      lessonId: lesson._id,
    })
      .project({ members: 1, done: 1 })
      .end(),
  )
  const done = new Set(found.flatMap((row) => row.done.map((entry) => entry.openid)))
  const people = new Set(found.flatMap((row) => row.members.map((entry) => entry.openid)))
  return [...people].filter((openid) => !done.has(openid))
}

/**
 * Two days before a 规定动作 is due, one reminder to each member who has not finished it and asked to
 * be reminded (a subscribe credit). The reminder is made once per lesson before the lesson is marked,
 * and sent by the reminderDeliveries job, so overlapping ticks never remind twice and a tick that runs
 * out of time loses nobody.
 */
export const lessonDueReminders: Job = {
  name: 'lessonDueReminders',
  async run({ db, now }) {
    const _ = db.command
    const due = await rows<DueLesson>(
      db
        .collection('lessons')
        .where({
          status: 'published',
          dueReminded: false,
          requiredDue: _.gt(now).and(
            _.lte(new Date(now.getTime() + REMIND_BEFORE_HOURS * HOUR_MS)),
          ),
        })
        .field({ title: true, requiredOrgId: true, requiredDue: true })
        .limit(LESSONS_PER_TICK)
        .get(),
    )
    const counts = { lessons: 0, recipients: 0 }
    for (const lesson of due) {
      const recipients = await unfinishedReaders(db, lesson)
      const made = await createReminder(db, {
        _id: `lessonDue:${lesson._id}`,
        template: 'lessonDue',
        page: `packages/lesson/reader/index?id=${lesson._id}`,
        // The due day is a date: it goes in a `date` keyword (a `time` keyword needs a clock time).
        data: messageData('lessonDue', {
          thing1: lesson.title,
          date2: new Date(lesson.requiredDue),
        }),
        recipients,
      })
      await db
        .collection('lessons')
        .where({ _id: lesson._id, dueReminded: false })
        .update({ data: { dueReminded: true } })
      if (!made) continue
      counts.lessons += 1
      counts.recipients += recipients.length
    }
    return counts
  },
}
