import Taro from '@tarojs/taro'
import { fileUrl } from './files'

/** A document in cloud storage, as the server hands it out. */
export interface StoredDocument {
  fileID: string
  /** The name to save it under. */
  name: string
  /** A temporary https URL, when the server made one (the browser preview may use it). */
  url?: string
}

export type DocumentType = 'doc' | 'docx' | 'xls' | 'xlsx' | 'ppt' | 'pptx' | 'pdf'

/**
 * Opens a document: in WeChat it is downloaded and shown with openDocument (with the menu, so it can
 * be forwarded or saved); in the browser it downloads through the local gateway. Resolves to '' or
 * what to tell the person.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html
 *
 * Not `async` itself, so the browser branch is compiled out of the weapp build.
 */
export function openDocument(file: StoredDocument, fileType?: DocumentType): Promise<string> {
  if (process.env.TARO_ENV === 'h5') return Promise.resolve(downloadInBrowser(file))
  return openInWechat(file, fileType)
}

function downloadInBrowser(file: StoredDocument): string {
  const link = document.createElement('a')
  link.href = fileUrl(file.fileID)
  link.download = file.name
  document.body.appendChild(link)
  link.click()
  link.remove()
  return ''
}

/**
 * In WeChat a stored file is downloaded by its fileID with the cloud API — no temporary URL to expire,
 * no download domain to whitelist (a plain downloadFile of a temp URL needs both).
 * 参考文档：https://developers.weixin.qq.com/minigame/en/dev/wxcloud/reference-client-api/storage/downloadFile.html
 */
async function openInWechat(file: StoredDocument, fileType?: DocumentType): Promise<string> {
  let filePath: string
  try {
    const { tempFilePath, statusCode } = await Taro.cloud.downloadFile({ fileID: file.fileID })
    if (statusCode !== undefined && statusCode !== 200) return '文件下载失败，请稍后再试'
    filePath = tempFilePath
  } catch {
    return '文件下载失败，请检查网络后再试'
  }
  try {
    await Taro.openDocument({ filePath, showMenu: true, ...(fileType ? { fileType } : {}) })
    return ''
  } catch {
    return '打开文件失败，请确认微信已更新到最新版本后再试'
  }
}
