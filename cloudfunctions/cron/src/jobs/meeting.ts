import { rows } from '../../../_shared/db'
import { createReminder } from '../../../_shared/reminders'
import { messageData } from '../../../_shared/subscriptions'
import { MEETING_KIND_LABELS } from '../../../../types/meeting'
import type { MeetingRecord } from '../../../_shared/records/meeting'
import { meetingPath } from '../../../_shared/records/meeting'
import type { Job } from '../job'
import { HOUR_MS } from '../../../../types/time'

/** How long before the start the reminder goes out: time enough to ask for leave. */
export const REMIND_HOURS = 24
/** Meetings handled per tick; the rest wait ten minutes for the next one. */
const BATCH = 50

/**
 * Reminds expected attendees of a meeting starting within 24 hours, once per meeting: the reminder (its
 * message and recipients) is made once, and the meeting is marked reminded only after that; sending is
 * the reminderDeliveries job's, recipient by recipient. Only people who accepted meeting reminders get
 * one (a credit each); someone who turned them off does not stop the others.
 */
export const meetingReminders: Job = {
  name: 'meetingReminders',
  async run({ db, now }) {
    const _ = db.command
    const due = await rows<MeetingRecord>(
      db
        .collection('meetings')
        .where({
          status: 'scheduled',
          reminded: false,
          startsAt: _.gt(now).and(_.lte(new Date(now.getTime() + REMIND_HOURS * HOUR_MS))),
        })
        .field({ secret: false, minutes: false })
        .limit(BATCH)
        .get(),
    )
    const counts = { meetings: 0, recipients: 0, skipped: 0 }
    for (const meeting of due) {
      // On approved leave, or already counted present (proxy sign-in ahead of time): no reminder.
      const excused = new Set(
        (
          await rows<{ openid: string }>(
            db
              .collection('attendance')
              .where({
                meetingId: meeting._id,
                status: _.in(['leave', 'present', 'proxy', 'late']),
              })
              .field({ openid: true })
              .limit(1000)
              .get(),
          )
        ).map((row) => row.openid),
      )
      const recipients = meeting.expected.filter((openid) => !excused.has(openid))
      const made = await createReminder(db, {
        // A rescheduled meeting (update-meeting clears `reminded`) gets a reminder of its own.
        _id: `meetingReminder:${meeting._id}:${new Date(meeting.startsAt).getTime()}`,
        template: 'meetingReminder',
        page: meetingPath(meeting._id),
        data: messageData('meetingReminder', {
          thing1: `${MEETING_KIND_LABELS[meeting.kind]}：${meeting.title}`,
          time2: new Date(meeting.startsAt),
          thing3: meeting.place,
        }),
        recipients,
      })
      await db
        .collection('meetings')
        .where({ _id: meeting._id, reminded: false })
        .update({ data: { reminded: true, remindedAt: now } })
      if (!made) continue
      counts.meetings += 1
      counts.recipients += recipients.length
      counts.skipped += meeting.expected.length - recipients.length
    }
    return counts
  },
}
