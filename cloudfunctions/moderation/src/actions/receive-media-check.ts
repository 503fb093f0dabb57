import { defineAction } from '../../../_shared/action'
import { applyMediaVerdict } from '../../../_shared/verdicts'
import type { MediaCheckOutcome } from '../../../../types/moderation'
import { mediaCheckPushInput } from '../../../../types/moderation.schema'

/**
 * A verdict of mediaCheckAsync, pushed by WeChat through 消息推送 (console: 云开发 → 设置 → 其他设置 →
 * 消息推送, 消息类型 event, 事件类型 wxa_media_check → this function). It is applied to the image's record
 * by that record's applier. Pushes for another app, or for an image this app never sent, change nothing.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html
 */
export const receiveMediaCheck = defineAction({
  schema: mediaCheckPushInput,
  policy: { kind: 'platformPush' },
  async run({ push }, { db, caller }): Promise<MediaCheckOutcome> {
    const suggest = push.result.suggest
    const traceId = push.trace_id
    if (caller.appid && push.appid !== caller.appid) {
      console.warn('[moderation] push for another appid ignored', push.appid)
      return { traceId, suggest, applied: 'gone' }
    }
    // The SOURCE a push carries is not documented; log it once per push so it can be confirmed.
    console.log('[moderation] wxa_media_check', { traceId, suggest, source: caller.source })
    const applied = await applyMediaVerdict(db, traceId, suggest)
    return { traceId, suggest, applied }
  },
})
