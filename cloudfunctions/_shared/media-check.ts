import type { Caller } from './caller'
import { cloud, type Database } from './cloud'
import { mapWithLimit } from './concurrency'
import { SCENES } from './content-check'
import { addOnce, rows } from './db'
import { ActionError, invalidArgument } from './errors'
import { applyMediaVerdict } from './verdicts'

/**
 * Image content security, one way for every domain: mediaCheckAsync v2 for each new image, its trace id
 * kept in `mediaChecks` with the record and item it belongs to, and the image held (审核中 to its
 * uploader, hidden from others) until the verdict WeChat pushes later arrives at the `moderation`
 * function, which applies it through the applier for that kind of record (verdicts/).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */

/** Every kind of record that holds checked images; each has one applier in verdicts/. */
export type MediaKind =
  'activityPhoto' | 'activityCover' | 'minutesPhoto' | 'issuePhoto' | 'replyPhoto' | 'lessonImage'

export type MediaVerdict = 'pass' | 'review' | 'risky'

/** One image sent for checking: `mediaChecks/<traceId>`. */
export interface MediaCheckRecord {
  /** mediaCheckAsync's trace id: the key the pushed verdict names. */
  _id: string
  /** '' when the verdict arrived before the action recorded what the image belongs to. */
  kind: MediaKind | ''
  recordId: string
  /** Which image of the record (a photo id, or the fileID where the record has no ids). */
  itemId: string
  fileID: string
  openid: string
  createdAt: Date
  verdict: MediaVerdict | null
  verdictAt: Date | null
  /** Set once the record reflects the verdict; the cron job retries any that are not. */
  applied: boolean
}

export interface SubmittedCheck {
  fileID: string
  traceId: string
}

/**
 * Images are judged where they will be read: every image in this app goes to people of a branch, like
 * a post on a forum (论坛). One scene for all, so the same photo gets the same verdict in every domain.
 */
const IMAGE_SCENE = SCENES.forum
/** 1 音频, 2 图片 */
const MEDIA_TYPE_IMAGE = 2
/** Checks in flight at once (the quota is 2 000 a minute per app). */
const PARALLEL_CHECKS = 5

const NOT_UPLOADED = '有照片没有上传成功，请删掉后重新选择'
const CHECK_UNAVAILABLE = '图片安全检查暂时不可用，请稍后再提交（填写的内容已保留）'

/**
 * Sends each image to mediaCheckAsync and returns its trace id. It needs a URL WeChat can download, so
 * each fileID becomes a temporary URL first — which also proves it is a real uploaded file. The one
 * failure policy: a missing file is the person's to fix (INVALID_ARGUMENT); a check the platform did
 * not take refuses the whole save (INTERNAL, retry later). Either way nothing has been written, and no
 * image is ever shown without a check.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
 */
export async function submitImageChecks(
  caller: Caller,
  fileIDs: readonly string[],
): Promise<SubmittedCheck[]> {
  const unique = [...new Set(fileIDs)]
  if (unique.length === 0) return []
  const { fileList } = (await cloud.getTempFileURL({ fileList: unique })) as unknown as {
    fileList: { fileID: string; tempFileURL?: string; status?: number }[]
  }
  const urls = unique.map((fileID) => {
    const file = fileList.find((item) => item.fileID === fileID)
    if (!file || file.status !== 0 || !file.tempFileURL) throw invalidArgument(NOT_UPLOADED)
    return file.tempFileURL
  })
  return mapWithLimit(unique, PARALLEL_CHECKS, async (fileID, index) => {
    let traceId: unknown
    try {
      const reply = (await cloud.openapi.security.mediaCheckAsync({
        mediaUrl: urls[index],
        mediaType: MEDIA_TYPE_IMAGE,
        version: 2,
        openid: caller.openid,
        scene: IMAGE_SCENE,
      })) as { traceId?: unknown }
      traceId = reply?.traceId
    } catch (error) {
      console.error('[media-check] mediaCheckAsync failed', error)
    }
    if (typeof traceId !== 'string' || !traceId)
      throw new ActionError('INTERNAL', CHECK_UNAVAILABLE)
    return { fileID, traceId }
  })
}

/**
 * Records what each checked image belongs to, once the action knows the record's id. A verdict that was
 * pushed before this ran is already waiting in its row: it is applied right here.
 */
export async function recordImageChecks(
  db: Database,
  caller: Caller,
  kind: MediaKind,
  recordId: string,
  checks: readonly SubmittedCheck[],
  itemIdOf: (check: SubmittedCheck) => string = (check) => check.fileID,
): Promise<void> {
  for (const check of checks) {
    const row: MediaCheckRecord = {
      _id: check.traceId,
      kind,
      recordId,
      itemId: itemIdOf(check),
      fileID: check.fileID,
      openid: caller.openid,
      createdAt: new Date(),
      verdict: null,
      verdictAt: null,
      applied: false,
    }
    if ((await addOnce(db, 'mediaChecks', row)) === 'added') continue
    // The verdict came first: claim the row for this record and apply what it says.
    const early = await findMediaCheck(db, check.traceId)
    await db
      .collection('mediaChecks')
      .doc(check.traceId)
      .update({ data: { kind, recordId, itemId: row.itemId, fileID: check.fileID } })
    if (early?.verdict) await applyMediaVerdict(db, check.traceId, early.verdict)
  }
}

export async function findMediaCheck(
  db: Database,
  traceId: string,
): Promise<MediaCheckRecord | undefined> {
  const [row] = await rows<MediaCheckRecord>(
    db.collection('mediaChecks').where({ _id: traceId }).limit(1).get(),
  )
  return row
}
