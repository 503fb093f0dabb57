import { defineAction } from '../../../_shared/action'
import { cloud } from '../../../_shared/cloud'
import { checkText } from '../../../_shared/content-check'
import { conflict, contentRisky, invalidArgument } from '../../../_shared/errors'
import type { MinutesView } from '../../../../types/meeting'
import { recordMinutesInput } from '../../../../types/meeting.schema'
import { minutesViewOf, namedIn } from '../detail'
import { accessMeeting, loadMeeting, type MinutesRecord, type PhotoRecord } from '../meetings'
import { loadPeople } from '../people'

/**
 * Starts the asynchronous image check for a new photo: it needs a URL WeChat can fetch, so the fileID
 * becomes a temporary URL first. The verdict comes back later as a platform event.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
async function startImageCheck(fileID: string, openid: string): Promise<PhotoRecord> {
  const { fileList } = (await cloud.getTempFileURL({ fileList: [fileID] })) as {
    fileList: { tempFileURL?: string; status?: number }[]
  }
  const url = fileList[0]?.tempFileURL
  if (!url || fileList[0]?.status !== 0)
    throw invalidArgument('有照片没有上传成功，请删掉后重新上传')
  const reply = (await cloud.openapi.security.mediaCheckAsync({
    mediaUrl: url,
    mediaType: 2,
    version: 2,
    openid,
    scene: 3,
  })) as { traceId?: unknown }
  return {
    fileID,
    traceId: typeof reply?.traceId === 'string' ? reply.traceId : '',
    verdict: 'pending',
  }
}

/**
 * The recorder writes the meeting's record once — summary, resolutions, photos, why absentees were
 * away — and it is the single source for the meeting page and the 台账. 应到/实到 and absentees come
 * from attendance, never typed. A save names the version it started from, so two editors cannot
 * silently overwrite each other.
 */
export const recordMinutes = defineAction({
  schema: recordMinutesInput,
  policy: { kind: 'signedIn' },
  async run(input, context): Promise<MinutesView> {
    const { db, caller } = context
    const now = new Date()
    const loaded = await loadMeeting(db, input.meetingId, { attendance: 'full' })
    const { meeting } = loaded
    await accessMeeting(context, meeting, 'record')
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
    const verdict = await checkText(caller, text, 'forum')
    if (verdict === 'risky') throw contentRisky('会议纪要')

    const previous = new Map((meeting.minutes?.photos ?? []).map((photo) => [photo.fileID, photo]))
    const photos: PhotoRecord[] = []
    for (const fileID of [...new Set(input.photos)]) {
      photos.push(previous.get(fileID) ?? (await startImageCheck(fileID, caller.openid)))
    }
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
    const { stats } = (await db
      .collection('meetings')
      .where({ _id: meeting._id, minutesVersion: input.version })
      .update({
        data: { minutes: db.command.set(minutes), minutesVersion: version, updatedAt: now },
      })) as { stats: { updated: number } }
    if (stats.updated !== 1) {
      throw conflict('纪要已被他人更新，请刷新后再修改（你填写的内容已保留）')
    }
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
