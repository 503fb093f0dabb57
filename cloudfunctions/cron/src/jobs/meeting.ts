import { rows } from '../../../_shared/db'
import { sendWithCredit } from '../../../_shared/subscriptions'
import { MEETING_KIND_LABELS } from '../../../../types/meeting'
import { shanghai, type MeetingRecord } from '../../../meeting/src/meetings'
import { meetingPath } from '../../../meeting/src/share-card'
import type { Job } from '../job'

/** How long before the start the reminder goes out: time enough to ask for leave. */
export const REMIND_HOURS = 24
/** Meetings handled per tick; the rest wait ten minutes for the next one. */
const BATCH = 50

/**
 * Reminds expected attendees of a meeting starting within 24 hours, once per meeting: the meeting is
 * claimed with a compare-and-set on `reminded` before anything is sent, so overlapping ticks never send
 * twice. Only people who accepted meeting reminders get one (a credit each).
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
          startsAt: _.gt(now).and(_.lte(new Date(now.getTime() + REMIND_HOURS * 3600 * 1000))),
        })
        .field({ secret: false, minutes: false })
        .limit(BATCH)
        .get(),
    )
    const counts = { meetings: 0, sent: 0, withoutCredit: 0, skipped: 0 }
    for (const meeting of due) {
      const { stats } = (await db
        .collection('meetings')
        .where({ _id: meeting._id, reminded: false })
        .update({ data: { reminded: true, remindedAt: now } })) as { stats: { updated: number } }
      if (stats.updated !== 1) continue
      counts.meetings += 1
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
      for (const openid of meeting.expected) {
        if (excused.has(openid)) {
          counts.skipped += 1
          continue
        }
        // Template fields must match the template chosen on 公众平台 (thing ≤ 20 chars).
        // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
        const sent = await sendWithCredit(db, {
          touser: openid,
          template: 'meetingReminder',
          page: meetingPath(meeting._id),
          data: {
            thing1: {
              value: `${MEETING_KIND_LABELS[meeting.kind]}：${meeting.title}`.slice(0, 20),
            },
            time2: { value: shanghai(meeting.startsAt) },
            thing3: { value: meeting.place.slice(0, 20) },
          },
        })
        if (sent) counts.sent += 1
        else counts.withoutCredit += 1
      }
    }
    return counts
  },
}
