import { deliverMediaVerdict } from '../../emulator/message-push'
import type { Suggest } from '../../emulator/platform/security'
import { storeContents } from './cloud'

/** The trace id of the latest image check sent for a photo (from `mediaChecks`). */
export function traceIdOf(fileID: string): string {
  const rows = (storeContents().mediaChecks ?? []) as { _id: string; fileID: string }[]
  const row = rows.filter((check) => check.fileID === fileID).at(-1)
  if (!row) throw new Error(`no image check was recorded for ${fileID}`)
  return row._id
}

/**
 * WeChat's verdict on a photo, pushed as the documented `wxa_media_check` event through 消息推送 to the
 * function the route names — exactly what reaches production. Resolves to that function's reply.
 */
export function pushVerdict(fileID: string, suggest: Suggest) {
  return deliverMediaVerdict(traceIdOf(fileID), suggest) as Promise<{
    ok: boolean
    data?: { applied: string }
  }>
}
