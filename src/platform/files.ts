import Taro from '@tarojs/taro'
import { IMAGE_EXTENSIONS, type ImageExtension, type UploadFolder } from '../../types/uploads'

/**
 * Photos and documents in cloud storage. In WeChat the client uploads straight to the cloud and shows
 * `cloud://` fileIDs as image sources; the local H5 build goes through the gateway instead.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/uploadFile/client.uploadFile.html
 */
const LOCAL_PREFIX = /^cloud:\/\/[^/]+\//

/** The image type of a picked file, from its path or (a browser's blob URL has none) its MIME type. */
export function imageExtension(filePath: string, mimeType = ''): ImageExtension {
  const named = /\.([a-z0-9]+)$/i.exec(filePath)?.[1] ?? /^image\/([a-z0-9]+)/i.exec(mimeType)?.[1]
  const lower = named?.toLowerCase() === 'jpeg' ? 'jpg' : named?.toLowerCase()
  // chooseMedia hands out JPEG unless it says otherwise.
  return IMAGE_EXTENSIONS.find((extension) => extension === lower) ?? 'jpg'
}

/**
 * `uploads/<folder>/<yyyymm>/<stamp>-<random>.<ext>`: one folder per domain and never a name the
 * person chose; the server accepts a photo only in this shape (types/uploads.ts).
 */
export function uploadPath(
  folder: UploadFolder,
  extension: ImageExtension,
  now = new Date(),
): string {
  const month = now.toISOString().slice(0, 7).replace('-', '')
  const stamp = now.getTime().toString(36)
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  return `uploads/${folder}/${month}/${stamp}-${random}.${extension}`
}

/** Uploads a photo picked with chooseMedia; resolves to its fileID. */
export async function uploadFile(folder: UploadFolder, filePath: string): Promise<string> {
  if (process.env.TARO_ENV === 'h5') {
    const blob = await (await fetch(filePath)).blob()
    const cloudPath = uploadPath(folder, imageExtension(filePath, blob.type))
    const response = await fetch(`/__local/uploadFile?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      credentials: 'same-origin',
      body: blob,
    })
    if (!response.ok) throw new Error('上传失败，请检查网络后重试')
    return ((await response.json()) as { fileID: string }).fileID
  }
  const cloudPath = uploadPath(folder, imageExtension(filePath))
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath })
  return fileID
}

/** What an <Image src> can show for a fileID. */
export function fileUrl(fileID: string): string {
  if (process.env.TARO_ENV === 'h5') return `/__local/storage/${fileID.replace(LOCAL_PREFIX, '')}`
  return fileID
}
