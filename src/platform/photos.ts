import Taro from '@tarojs/taro'
import type { UploadFolder } from '../../types/uploads'
import { uploadFile } from './files'

/** What became of a batch of photos: every one is tried, and one failure never costs the others. */
export interface UploadBatch {
  /** fileIDs of the photos now in storage, in the order they were picked. */
  uploaded: string[]
  /** Local paths of the photos that did not get there; `uploadPhotos` tries them again. */
  failed: string[]
}

/**
 * Up to `max` photos from the album or the camera (compressed), each uploaded to
 * `uploads/<folder>/…`. Resolves to null when the person cancelled or there is no room.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html
 */
export async function pickAndUpload({
  folder,
  max,
  onPicked,
}: {
  folder: UploadFolder
  max: number
  /** Told how many were picked, before the uploads start (to show them on their way). */
  onPicked?: (count: number) => void
}): Promise<UploadBatch | null> {
  if (max < 1) return null
  let paths: string[]
  try {
    const picked = await Taro.chooseMedia({
      count: max,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    })
    paths = picked.tempFiles.map((file) => file.tempFilePath).slice(0, max)
  } catch {
    return null // cancelled
  }
  if (paths.length === 0) return null
  onPicked?.(paths.length)
  return uploadPhotos(folder, paths)
}

/** Uploads every path at once and sorts them into what got there and what did not. */
export async function uploadPhotos(folder: UploadFolder, paths: string[]): Promise<UploadBatch> {
  const results = await Promise.allSettled(paths.map((path) => uploadFile(folder, path)))
  const batch: UploadBatch = { uploaded: [], failed: [] }
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') batch.uploaded.push(result.value)
    else batch.failed.push(paths[index])
  })
  return batch
}
