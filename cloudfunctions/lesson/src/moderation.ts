import type { Caller } from '../../_shared/caller'
import { cloud } from '../../_shared/cloud'
import { checkText, type ContentVerdict } from '../../_shared/content-check'
import type { LessonBlock, LessonHold } from '../../../types/lesson'

/** msgSecCheck takes at most 2 500 characters a call. */
const CHUNK = 2500

function chunks(text: string): string[] {
  const parts: string[] = []
  for (let start = 0; start < text.length; start += CHUNK)
    parts.push(text.slice(start, start + CHUNK))
  return parts
}

const SEVERITY: Record<ContentVerdict, number> = { pass: 0, review: 1, risky: 2 }

/**
 * Every word of a lesson (title, summary, body, captions, tags) goes through content security before a
 * reviewer or reader sees it; the worst verdict of all the pieces wins.
 */
export async function checkLessonText(
  caller: Caller,
  lesson: { title: string; summary: string; blocks: LessonBlock[]; tags: string[] },
): Promise<LessonHold | null> {
  const text = [
    lesson.title,
    lesson.summary,
    lesson.tags.join(' '),
    ...lesson.blocks.map((block) => (block.kind === 'text' ? block.text : block.caption)),
  ]
    .filter(Boolean)
    .join('\n')
  const verdicts = await Promise.all(chunks(text).map((part) => checkText(caller, part, 'forum')))
  const worst = verdicts.reduce<ContentVerdict>(
    (a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a),
    'pass',
  )
  return worst === 'pass' ? null : worst
}

/**
 * Images are checked asynchronously by the platform (mediaCheckAsync; the verdict is pushed to the app
 * within 30 minutes as a `wxa_media_check` event). This sends the checks and keeps the trace ids.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export async function sendImageChecks(
  caller: Caller,
  blocks: LessonBlock[],
): Promise<{ fileID: string; traceId: string }[]> {
  const fileIDs = blocks.flatMap((block) => (block.kind === 'image' ? [block.fileID] : []))
  if (fileIDs.length === 0) return []
  // mediaCheckAsync needs an https URL, not a cloud:// fileID.
  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/storage/getTempFileURL.html
  const { fileList } = (await cloud.getTempFileURL({ fileList: fileIDs })) as {
    fileList: { fileID: string; tempFileURL: string }[]
  }
  return Promise.all(
    fileList
      .filter((file) => file.tempFileURL)
      .map(async (file) => {
        const reply = (await cloud.openapi.security.mediaCheckAsync({
          mediaUrl: file.tempFileURL,
          mediaType: 2,
          version: 2,
          openid: caller.openid,
          scene: 3,
        })) as { traceId?: string }
        return { fileID: file.fileID, traceId: reply?.traceId ?? '' }
      }),
  )
}
