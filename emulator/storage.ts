import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, normalize, sep } from 'node:path'
import type { Readable } from 'node:stream'

/**
 * Cloud storage on the local disk: files live under `<dataDir>/storage/<cloudPath>` and the gateway serves
 * them at `/__local/storage/<cloudPath>`. fileIDs have the production shape `cloud://<env>/<cloudPath>`.
 */
export const LOCAL_ENV = 'zhibu-local'
const FILE_ID_PREFIX = `cloud://${LOCAL_ENV}.7a68-${LOCAL_ENV}/`

export interface StorageOptions {
  root: string
  /** Where the gateway answers, for temp URLs; e.g. http://127.0.0.1:8787 */
  publicUrl: string
}

function storageError(api: string, message: string, errCode = -1): Error {
  return Object.assign(new Error(`${api}:fail ${message}`), {
    errCode,
    errMsg: `${api}:fail ${message}`,
  })
}

/**
 * What wx-server-sdk 4.0.2 reports for a fileID whose file does not exist: the server's
 * STORAGE_FILE_NONEXIST becomes `status: -503003, errMsg: 'storage file not exists'` per item of
 * getTempFileURL, and a thrown `{ errCode: -503003 }` from downloadFile (the SDK's
 * provider/tcb/api/getTempFileURL.ts and downloadFile.ts, codes from its config/error.config.ts).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/storage/getTempFileURL.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference/errcode.html
 */
export const FILE_NOT_FOUND = { status: -503003, errMsg: 'storage file not exists' } as const

/** Refuses paths that would leave the storage folder. */
export function safeStoragePath(root: string, cloudPath: string): string | undefined {
  if (!cloudPath || cloudPath.includes('\0')) return undefined
  const resolved = normalize(join(root, cloudPath))
  return resolved.startsWith(normalize(root) + sep) ? resolved : undefined
}

function cloudPathOf(fileID: string): string | undefined {
  return fileID.startsWith(FILE_ID_PREFIX) ? fileID.slice(FILE_ID_PREFIX.length) : undefined
}

async function readAll(content: Buffer | Readable | string): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content
  if (typeof content === 'string') return Buffer.from(content)
  const chunks: Buffer[] = []
  for await (const chunk of content) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

export function createLocalStorage(options: () => StorageOptions) {
  const pathOf = (api: string, fileID: string) => {
    const cloudPath = cloudPathOf(fileID)
    const file = cloudPath && safeStoragePath(options().root, cloudPath)
    if (!file) throw storageError(api, `invalid fileID ${fileID}`)
    return { cloudPath: cloudPath as string, file }
  }
  const fileIdsOf = (list: unknown[] = []) =>
    list.map((item) =>
      typeof item === 'string' ? item : String((item as { fileID?: string }).fileID),
    )

  return {
    async uploadFile(params: { cloudPath: string; fileContent: Buffer | Readable | string }) {
      const file = safeStoragePath(options().root, params.cloudPath)
      if (!file) throw storageError('uploadFile', 'invalid cloudPath')
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, await readAll(params.fileContent))
      return { fileID: FILE_ID_PREFIX + params.cloudPath, statusCode: 200, errMsg: 'uploadFile:ok' }
    },
    async getTempFileURL(params: { fileList: unknown[] }) {
      const fileList = fileIdsOf(params.fileList).map((fileID) => {
        const cloudPath = cloudPathOf(fileID)
        const file = cloudPath && safeStoragePath(options().root, cloudPath)
        return file && existsSync(file)
          ? {
              fileID,
              tempFileURL: `${options().publicUrl}/__local/storage/${encodeURI(cloudPath)}`,
              maxAge: 7200,
              status: 0,
              errMsg: 'ok',
            }
          : { fileID, tempFileURL: '', maxAge: 7200, ...FILE_NOT_FOUND }
      })
      return { fileList, errMsg: 'getTempFileURL:ok' }
    },
    async deleteFile(params: { fileList: unknown[] }) {
      const fileList = fileIdsOf(params.fileList).map((fileID) => {
        const { file } = pathOf('deleteFile', fileID)
        const existed = existsSync(file)
        rmSync(file, { force: true })
        return { fileID, status: existed ? 0 : -1, errMsg: existed ? 'ok' : 'file not exist' }
      })
      return { fileList, errMsg: 'deleteFile:ok' }
    },
    async downloadFile(params: { fileID: string }) {
      const { file } = pathOf('downloadFile', params.fileID)
      if (!existsSync(file)) {
        throw storageError('downloadFile', FILE_NOT_FOUND.errMsg, FILE_NOT_FOUND.status)
      }
      return { fileContent: readFileSync(file), statusCode: 200, errMsg: 'downloadFile:ok' }
    },
  }
}
