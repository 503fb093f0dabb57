import { z } from 'zod'
import { IMAGE_EXTENSIONS, type UploadFolder } from './uploads'

/**
 * A photo the app uploaded into `folder`: `cloud://<env>/uploads/<folder>/<yyyymm>/<name>.<ext>`
 * (the shape src/platform/files.ts builds), an image extension, no `..`, nothing else — never a web
 * URL, another folder or another app's file.
 */
export function uploadedImage(folder: UploadFolder, message = '照片没有上传成功，请重新选择') {
  const pattern = new RegExp(
    `^cloud://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*/uploads/${folder}/\\d{6}/[A-Za-z0-9_-]{1,64}\\.(${IMAGE_EXTENSIONS.join('|')})$`,
  )
  return z.string({ invalid_type_error: message }).max(300, message).regex(pattern, message)
}
