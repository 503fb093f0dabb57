/**
 * Where the app uploads files in cloud storage: `uploads/<folder>/<yyyymm>/<name>.<ext>`, one folder per
 * domain, never a user-chosen name. The client builds these paths (src/platform/files.ts) and the
 * server accepts a photo only if its fileID has this shape (types/uploads.schema.ts).
 */
export const UPLOAD_FOLDERS = ['activity', 'meeting', 'issues', 'lessons'] as const
export type UploadFolder = (typeof UPLOAD_FOLDERS)[number]

/** The image types the app takes (chooseMedia gives JPEG/PNG; WebP/GIF from some Android albums). */
export const IMAGE_EXTENSIONS = ['jpg', 'png', 'webp', 'gif'] as const
export type ImageExtension = (typeof IMAGE_EXTENSIONS)[number]
