import Taro from '@tarojs/taro'

/**
 * Photos and documents in cloud storage. In WeChat the client uploads straight to the cloud and shows
 * `cloud://` fileIDs as image sources; the local H5 build goes through the gateway instead.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/uploadFile/client.uploadFile.html
 */
const LOCAL_PREFIX = /^cloud:\/\/[^/]+\//

function randomName(extension: string): string {
  const stamp = Date.now().toString(36)
  const random = Math.random().toString(36).slice(2, 10)
  return `${stamp}-${random}.${extension}`
}

/** `uploads/<folder>/<yyyymm>/<random>.<ext>`: folders per domain, never a user-chosen name. */
export function uploadPath(folder: string, filePath: string): string {
  const extension =
    /\.(jpe?g|png|gif|webp|docx|xlsx|pdf)$/i.exec(filePath)?.[1]?.toLowerCase() ?? 'jpg'
  const month = new Date().toISOString().slice(0, 7).replace('-', '')
  return `uploads/${folder}/${month}/${randomName(extension)}`
}

/** Uploads a file chosen with chooseMedia/chooseImage; resolves to its fileID. */
export async function uploadFile(folder: string, filePath: string): Promise<string> {
  const cloudPath = uploadPath(folder, filePath)
  if (process.env.TARO_ENV === 'h5') {
    const blob = await (await fetch(filePath)).blob()
    const response = await fetch(`/__local/uploadFile?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      credentials: 'same-origin',
      body: blob,
    })
    if (!response.ok) throw new Error('上传失败，请检查网络后重试')
    return ((await response.json()) as { fileID: string }).fileID
  }
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath })
  return fileID
}

/** What an <Image src> can show for a fileID. */
export function fileUrl(fileID: string): string {
  if (process.env.TARO_ENV === 'h5') return `/__local/storage/${fileID.replace(LOCAL_PREFIX, '')}`
  return fileID
}
