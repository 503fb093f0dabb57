import { IMAGE_EXTENSIONS, UPLOAD_FOLDERS, type ImageExtension } from '../types/uploads'

/**
 * What the local gateway accepts as an upload from the app: an image of a type the app takes,
 * recognised by its first bytes (never by its name), under `uploads/<folder>/<yyyymm>/<name>.<ext>`.
 * The stored name gets the extension of what the bytes are, so storage serves it with that type.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

const SIGNATURES: Array<{ ext: ImageExtension; test: (b: Buffer) => boolean }> = [
  { ext: 'jpg', test: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    ext: 'png',
    test: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    ext: 'gif',
    test: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')),
  },
  {
    ext: 'webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
]

/** The image type of some bytes, or undefined when they are not an image the app takes. */
export function imageTypeOf(bytes: Buffer): ImageExtension | undefined {
  return SIGNATURES.find((signature) => signature.test(bytes))?.ext
}

const UPLOAD_PATH = new RegExp(
  `^uploads/(${UPLOAD_FOLDERS.join('|')})/(\\d{6})/([A-Za-z0-9_-]{1,64})\\.(${IMAGE_EXTENSIONS.join('|')}|jpeg)$`,
  'i',
)

/**
 * The path to store an upload at: the app's path with the extension of what the bytes really are.
 * Undefined when the path is not one the app makes.
 */
export function storedUploadPath(cloudPath: string, type: ImageExtension): string | undefined {
  const match = UPLOAD_PATH.exec(cloudPath)
  if (!match) return undefined
  const [, folder, month, name] = match
  return `uploads/${folder}/${month}/${name}.${type}`
}

const IMAGE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
}
const DOCUMENT_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
}

/**
 * Headers for a file served from storage. Nothing from storage may run as the page: no sniffing, a
 * sandboxing CSP, and anything that is not an image is a download, never rendered inline.
 */
export function storageHeaders(extension: string, fileName: string): Record<string, string> {
  const ext = extension.toLowerCase()
  const image = IMAGE_TYPES[ext]
  const headers: Record<string, string> = {
    'content-type': image ?? DOCUMENT_TYPES[ext] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, max-age=600',
  }
  if (!image) {
    headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`
  }
  return headers
}
