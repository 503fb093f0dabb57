import { defineAction } from '../../../_shared/action'
import { screenText } from '../../../_shared/content-check'
import { conflict, invalidArgument } from '../../../_shared/errors'
import { recordImageChecks, submitImageChecks } from '../../../_shared/media-check'
import type { MinutesView } from '../../../../types/meeting'
import { recordMinutesInput } from '../../../../types/meeting.schema'
import { minutesViewOf, namedIn } from '../detail'
import type { MinutesRecord, PhotoRecord } from '../../../_shared/records/meeting'
import { accessMeeting, byMeeting, loadedMeeting } from '../meetings'
import { loadPeople } from '../people'
import { updatedCount } from '../../../_shared/db'

/**
 * The recorder writes the meeting's record once — summary, resolutions, photos, why absentees were
 * away — and it is the single source for the meeting page and the 台账. 应到/实到 and absentees come
 * from attendance, never typed. A save names the version it started from, so two editors cannot
 * silently overwrite each other.
 */
export const recordMinutes = defineAction({
  schema: recordMinutesInput,
  policy: byMeeting('full'),
  async run(input, context): Promise<MinutesView> {
    const { db, caller } = context
    const now = new Date()
    const loaded = loadedMeeting(context)
    const { meeting } = loaded
    accessMeeting(context, 'record')
    if (meeting.status === 'cancelled') throw conflict('会议已取消，不需要记录纪要')
    if (now < new Date(meeting.startsAt)) throw conflict('会议开始后才能记录纪要')
    if (input.version !== meeting.minutesVersion) {
      throw conflict('纪要已被他人更新，请刷新后再修改（你填写的内容已保留）')
    }
    const notes = input.absenceNotes ?? []
    if (notes.some((note) => !meeting.expected.includes(note.memberId))) {
      throw invalidArgument('缺席说明只能写给应到人员，请刷新后重试')
    }
    const text = [input.summary, ...input.resolutions, ...notes.map((note) => note.reason)].join(
      '\n',
    )
    const verdict = await screenText(caller, text, 'forum', '会议纪要')

    // Photos already in the minutes keep their check; each new one is checked before it is saved.
    const previous = new Map((meeting.minutes?.photos ?? []).map((photo) => [photo.fileID, photo]))
    const wanted = [...new Set(input.photos)]
    const checks = await submitImageChecks(
      caller,
      wanted.filter((fileID) => !previous.has(fileID)),
    )
    const traceOf = new Map(checks.map((check) => [check.fileID, check.traceId]))
    const photos: PhotoRecord[] = wanted.map(
      (fileID) =>
        previous.get(fileID) ?? {
          fileID,
          traceId: String(traceOf.get(fileID)),
          verdict: 'pending',
        },
    )
    const minutes: MinutesRecord = {
      summary: input.summary,
      resolutions: input.resolutions,
      photos,
      absenceNotes: notes.map((note) => ({ openid: note.memberId, reason: note.reason })),
      recordedBy: caller.openid,
      recordedAt: now,
      held: verdict === 'review',
    }
    const version = input.version + 1
    const updated = await updatedCount(
      db
        .collection('meetings')
        .where({ _id: meeting._id, minutesVersion: input.version })
        .update({
          data: { minutes: db.command.set(minutes), minutesVersion: version, updatedAt: now },
        }),
    )
    if (updated !== 1) {
      throw conflict('纪要已被他人更新，请刷新后再修改（你填写的内容已保留）')
    }
    await recordImageChecks(db, caller, 'minutesPhoto', meeting._id, checks)
    await context.audit({
      action: 'meeting.recordMinutes',
      orgId: meeting.orgId,
      target: meeting._id,
      summary: `${version === 1 ? '记录' : '修改'}“${meeting.title}”的会议纪要（第 ${version} 版${minutes.held ? '，待人工复核' : ''}）`,
    })
    const saved = { ...meeting, minutes, minutesVersion: version }
    const people = await loadPeople(db, meeting.orgId, namedIn(saved, loaded.attendance))
    return minutesViewOf(saved, loaded.attendance, people, true) as MinutesView
  },
})
