/**
 * `cloud.getTempFileURL({ fileList })` answers one entry per fileID, in order: `status` 0 and `errMsg`
 * 'ok' with a `tempFileURL` for a file that exists, a non-zero status and the reason otherwise (the
 * whole call still succeeds). Links for private files last a limited time (maxAge, seconds).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
 * 参考文档：https://developers.weixin.qq.com/minigame/dev/wxcloudrun/src/development/storage/miniapp/gettempurl.html
 */
export interface TempFileEntry {
  fileID: string
  tempFileURL: string
  maxAge?: number
  status: number
  errMsg: string
}

/** 24 hours, the doc's default. */
export const TEMP_URL_MAX_AGE_SECONDS = 86400

export function tempFileFound(fileID: string, tempFileURL: string): TempFileEntry {
  return { fileID, tempFileURL, maxAge: TEMP_URL_MAX_AGE_SECONDS, status: 0, errMsg: 'ok' }
}

/**
 * A fileID with no file behind it: what wx-server-sdk 4.0.2 reports per item (the server's
 * STORAGE_FILE_NONEXIST): status -503003, 'storage file not exists', no link.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference/errcode.html
 */
export function tempFileMissing(fileID: string): TempFileEntry {
  return { fileID, tempFileURL: '', status: -503003, errMsg: 'storage file not exists' }
}

export function getTempFileURLReply(fileList: TempFileEntry[]) {
  return { fileList, errMsg: 'getTempFileURL:ok' }
}
