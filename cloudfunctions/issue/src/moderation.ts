import type { Caller } from '../../_shared/caller'
import { cloud } from '../../_shared/cloud'
import { invalidArgument } from '../../_shared/errors'

/** msgSecCheck/mediaCheckAsync scene 3 (论坛): a post others in the branch will read. */
const FORUM_SCENE = 3
const IMAGE = 2

/**
 * Starts the asynchronous image check for each photo and returns the trace ids. WeChat pushes each
 * verdict (event `wxa_media_check`) within 30 minutes; it needs an https URL, hence getTempFileURL,
 * which also proves every fileID is a real uploaded file before anything is written.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export async function startPhotoChecks(caller: Caller, photos: string[]): Promise<string[]> {
  if (photos.length === 0) return []
  const reply = (await cloud.getTempFileURL({ fileList: photos })) as {
    fileList: { fileID: string; tempFileURL: string; status: number }[]
  }
  const urls = photos.map((fileID) => {
    const file = reply.fileList.find((item) => item.fileID === fileID)
    if (!file || file.status !== 0 || !file.tempFileURL) {
      throw invalidArgument('有照片没有上传成功，请删除后重新选择')
    }
    return file.tempFileURL
  })
  const results = await Promise.all(
    urls.map(
      (mediaUrl) =>
        cloud.openapi.security.mediaCheckAsync({
          mediaUrl,
          mediaType: IMAGE,
          version: 2,
          openid: caller.openid,
          scene: FORUM_SCENE,
        }) as Promise<{ traceId?: string; trace_id?: string }>,
    ),
  )
  return results.map((result) => result?.traceId ?? result?.trace_id ?? '')
}
