import type { SubscribeTemplate } from '../../types/subscriptions'
import type { RemindResult } from '../../types/notice'
import type { Database } from './cloud'
import { mapWithLimit } from './concurrency'
import { addOnce, rows, updatedCount } from './db'
import { reminderMessages } from './inbox-messages'
import { deliver } from './records/inbox'
import { sendWithCredit, type Delivery, type MessageData } from './subscriptions'
import { MINUTE_MS } from '../../types/time'

/**
 * A reminder to many people (a meeting's attendees, a lesson's unfinished readers, a notice's unread):
 * one `reminders` row holds the message, the recipients and what happened to each of them. Sending goes
 * recipient by recipient, a few at a time, each claimed first, so overlapping runs never send twice; a
 * run that runs out of time stops cleanly and the next cron tick carries on where it stopped. One
 * refusal changes nothing for the others.
 */
export interface ReminderRecord {
  /** Deterministic (`meetingReminder:<meetingId>`), so the same reminder is only ever made once. */
  _id: string
  template: SubscribeTemplate
  page: string
  data: MessageData
  /**
   * Keywords that differ by person (a member's own 党费 due), merged over `data` for that recipient
   * only: nobody's message carries anyone else's values. Keyed by openid like `results`.
   */
  dataFor?: Record<string, MessageData>
  recipients: string[]
  /** Per recipient: in flight, or what happened. Keyed by openid ([A-Za-z0-9_-], safe as a key). */
  results: Record<string, RecipientResult>
  status: 'sending' | 'done'
  createdAt: Date
  finishedAt: Date | null
}

export type RecipientResult = { state: Delivery | 'sending'; at: Date }

export type ReminderCounts = Record<Delivery, number> & { pending: number }

/** How a run knows to stop starting sends: the function's own time, or a test's say-so. */
export interface SendBudget {
  timeLeft(): number
}

/** Stop starting new sends with this much time left: in-flight ones and the bookkeeping must fit. */
const SAFETY_MS = 3000
/** Sends in flight at once. */
const PARALLEL_SENDS = 8
/** A claim older than this was left by a run that was killed mid-send: that person is tried again. */
const STALE_CLAIM_MS = 5 * MINUTE_MS

export function budgetUntil(deadline: number): SendBudget {
  return { timeLeft: () => deadline - Date.now() }
}

/**
 * Makes the reminder once (a second call with the same id changes nothing) and reports whether this call
 * made it; the call that makes it also puts it in each recipient's 消息. Recipients are deduplicated
 * and fixed now: who is reminded does not change halfway.
 */
export async function createReminder(
  db: Database,
  reminder: Pick<ReminderRecord, '_id' | 'template' | 'page' | 'data' | 'recipients' | 'dataFor'>,
  now = new Date(),
): Promise<boolean> {
  const row: ReminderRecord = {
    ...reminder,
    recipients: [...new Set(reminder.recipients.filter(Boolean))],
    results: {},
    status: 'sending',
    createdAt: now,
    finishedAt: null,
  }
  const made = (await addOnce(db, 'reminders', row)) === 'added'
  // Everyone reminded finds the same words in 消息, with or without a subscribe credit.
  if (made) await deliver(db, reminderMessages(row), now)
  return made
}

export async function findReminder(db: Database, id: string): Promise<ReminderRecord | undefined> {
  const [row] = await rows<ReminderRecord>(
    db.collection('reminders').where({ _id: id }).limit(1).get(),
  )
  return row
}

export function countResults(
  reminder: Pick<ReminderRecord, 'recipients' | 'results'>,
): ReminderCounts {
  const counts: ReminderCounts = {
    sent: 0,
    noCredit: 0,
    refused: 0,
    failed: 0,
    notConfigured: 0,
    pending: 0,
  }
  for (const openid of reminder.recipients) {
    const state = reminder.results?.[openid]?.state
    if (!state || state === 'sending') counts.pending += 1
    else counts[state] += 1
  }
  return counts
}

/**
 * What a leader's 提醒 tap answers: how many were reminded, how many could not be (no credit, turned
 * off, no template configured) and how many the cron will carry on with — counts only, no names.
 */
export function remindResult(counts: ReminderCounts): RemindResult {
  return {
    reminded: counts.sent,
    withoutCredit: counts.noCredit + counts.refused + counts.notConfigured,
    pending: counts.pending + counts.failed,
  }
}

/** What a leader's 提醒 tap may spend of the function's 10 s timeout; the cron carries on with anyone left. */
const TAP_BUDGET_MS = 6000

/** A 提醒 tap: sends what it can of reminder `id` within the tap's budget and answers the counts. */
export async function remindNow(db: Database, id: string, now: Date): Promise<RemindResult> {
  return remindResult(await deliverReminder(db, id, budgetUntil(now.getTime() + TAP_BUDGET_MS)))
}

/** Claims one recipient: true if this run may send to them now. */
async function claim(db: Database, id: string, openid: string, now: Date): Promise<boolean> {
  const _ = db.command
  const path = `results.${openid}`
  const mark = { [path]: { state: 'sending', at: now } }
  const reminders = db.collection('reminders')
  const fresh = await updatedCount(
    reminders.where({ _id: id, [path]: _.exists(false) }).update({ data: mark }),
  )
  if (fresh > 0) return true
  const stale = await updatedCount(
    reminders
      .where({
        _id: id,
        [`${path}.state`]: 'sending',
        [`${path}.at`]: _.lt(new Date(now.getTime() - STALE_CLAIM_MS)),
      })
      .update({ data: mark }),
  )
  return stale > 0
}

/**
 * Sends to every recipient not yet done, while the budget lasts. Marks the reminder done once every
 * recipient has a result. Returns the counts as they stand after this run.
 */
export async function deliverReminder(
  db: Database,
  id: string,
  budget: SendBudget,
): Promise<ReminderCounts> {
  const reminder = await findReminder(db, id)
  if (!reminder) throw new Error(`no reminder ${id}`)
  if (reminder.status === 'done') return countResults(reminder)
  const waiting = reminder.recipients.filter((openid) => {
    const result = reminder.results?.[openid]
    return !result || result.state === 'sending'
  })
  const results = { ...reminder.results }
  await mapWithLimit(waiting, PARALLEL_SENDS, async (openid) => {
    if (budget.timeLeft() < SAFETY_MS) return
    const now = new Date()
    if (!(await claim(db, id, openid, now))) return
    const state = await sendWithCredit(db, {
      touser: openid,
      template: reminder.template,
      page: reminder.page,
      data: { ...reminder.data, ...reminder.dataFor?.[openid] },
    })
    const result: RecipientResult = { state, at: new Date() }
    results[openid] = result
    await db
      .collection('reminders')
      .doc(id)
      .update({ data: { [`results.${openid}`]: result } })
  })
  const counts = countResults({ recipients: reminder.recipients, results })
  if (counts.pending === 0) {
    await db
      .collection('reminders')
      .where({ _id: id, status: 'sending' })
      .update({ data: { status: 'done', finishedAt: new Date() } })
  }
  return counts
}

/** Carries on every reminder still sending (oldest first), while the budget lasts. */
export async function deliverPendingReminders(
  db: Database,
  budget: SendBudget,
  limit = 20,
): Promise<ReminderCounts & { reminders: number }> {
  const due = await rows<Pick<ReminderRecord, '_id'>>(
    db
      .collection('reminders')
      .where({ status: 'sending' })
      .orderBy('createdAt', 'asc')
      .field({ _id: true })
      .limit(limit)
      .get(),
  )
  const total: ReminderCounts & { reminders: number } = {
    sent: 0,
    noCredit: 0,
    refused: 0,
    failed: 0,
    notConfigured: 0,
    pending: 0,
    reminders: due.length,
  }
  for (const { _id } of due) {
    if (budget.timeLeft() < SAFETY_MS) {
      total.pending += countResults(
        (await findReminder(db, _id)) ?? { recipients: [], results: {} },
      ).pending
      continue
    }
    const counts = await deliverReminder(db, _id, budget)
    for (const key of Object.keys(counts) as (keyof ReminderCounts)[]) total[key] += counts[key]
  }
  return total
}
