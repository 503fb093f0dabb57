import type { Database } from '../../../_shared/cloud'
import { aggregateRows, rows } from '../../../_shared/db'
import { sendWithCredit } from '../../../_shared/subscriptions'
import { completionByOrg, type CompletionRow } from '../../../lesson/src/completion'
import type { Job } from '../job'

/** Remind once, this long before a 规定动作 is due. */
const REMIND_BEFORE_HOURS = 48
const LESSONS_PER_TICK = 20

interface DueLesson {
  _id: string
  title: string
  requiredOrgId: string
  requiredDue: Date
}

/** 11月30日 in Beijing time; subscribe-message `time` fields take a plain date. */
function shanghaiDate(date: Date): string {
  const shifted = new Date(new Date(date).getTime() + 8 * 3600_000)
  return `${shifted.getUTCFullYear()}年${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日`
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
 * be reminded (a subscribe credit). Each lesson is claimed with a compare-and-set first, so overlapping
 * ticks never remind twice.
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
            _.lte(new Date(now.getTime() + REMIND_BEFORE_HOURS * 3600_000)),
          ),
        })
        .field({ title: true, requiredOrgId: true, requiredDue: true })
        .limit(LESSONS_PER_TICK)
        .get(),
    )
    const counts = { lessons: 0, sent: 0, noCredit: 0 }
    for (const lesson of due) {
      const { stats } = (await db
        .collection('lessons')
        .where({ _id: lesson._id, dueReminded: false })
        .update({ data: { dueReminded: true } })) as { stats: { updated: number } }
      if (stats.updated !== 1) continue
      counts.lessons += 1
      for (const openid of await unfinishedReaders(db, lesson)) {
        const sent = await sendWithCredit(db, {
          touser: openid,
          template: 'lessonDue',
          page: `packages/lesson/reader/index?id=${lesson._id}`,
          data: {
            thing1: { value: lesson.title.slice(0, 20) },
            time2: { value: shanghaiDate(lesson.requiredDue) },
          },
        })
        if (sent) counts.sent += 1
        else counts.noCredit += 1
      }
    }
    return counts
  },
}
