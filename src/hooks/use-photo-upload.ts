import { useCallback, useRef, useState } from 'react'
import type { UploadFolder } from '../../types/uploads'
import { pickAndUpload, uploadPhotos, type UploadBatch } from '../platform/photos'

export interface PhotoUploadOptions {
  folder: UploadFolder
  /**
   * Takes the photos that reached storage (adds them to a draft, or attaches them on the server).
   * Resolves to '' when they are kept, or to why not: they are then held and handed over again on retry.
   */
  onUploaded: (fileIDs: string[]) => Promise<string> | string | void
}

/**
 * Picking photos, with one rule for a partial failure everywhere: every picked photo is uploaded, the
 * ones that made it are kept at once, and the person is told how many did not and may retry just
 * those — nothing that succeeded is lost or uploaded twice.
 */
export function usePhotoUpload({ folder, onUploaded }: PhotoUploadOptions) {
  const [uploading, setUploading] = useState(0)
  const [failed, setFailed] = useState<string[]>([])
  const [refusal, setRefusal] = useState('')
  /** Uploaded but not taken yet (the server refused to attach them): handed over again on retry. */
  const unsaved = useRef<string[]>([])
  const latest = useRef(onUploaded)
  latest.current = onUploaded

  const settle = useCallback(async (batch: UploadBatch, before: string[]) => {
    const fileIDs = [...before, ...batch.uploaded]
    const refused = fileIDs.length ? ((await latest.current(fileIDs)) ?? '') : ''
    unsaved.current = refused ? fileIDs : []
    setRefusal(refused)
    setFailed(batch.failed)
  }, [])

  /** Opens the picker for up to `room` photos (nothing when there is no room). */
  const pick = useCallback(
    async (room: number) => {
      const batch = await pickAndUpload({ folder, max: room, onPicked: setUploading })
      setUploading(0)
      if (batch) await settle(batch, [])
    },
    [folder, settle],
  )

  /** Uploads again only what failed, and hands over again only what was not taken. */
  const retry = useCallback(async () => {
    const paths = failed
    setUploading(paths.length)
    const batch = await uploadPhotos(folder, paths)
    setUploading(0)
    await settle(batch, unsaved.current)
  }, [failed, folder, settle])

  return {
    /** How many photos are on their way (0 when idle). */
    uploading,
    /** Local paths of photos that did not upload, waiting for `retry`. */
    failed,
    /** What to tell the person, or ''. */
    problem: failed.length
      ? `${failed.length} 张照片没有上传成功，请检查网络后点“重试”（已上传的不会丢）`
      : refusal,
    /** Whether `retry` has anything to do. */
    canRetry: failed.length > 0 || unsaved.current.length > 0,
    pick,
    retry,
  }
}
