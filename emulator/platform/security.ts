/**
 * Content security (内容安全) as the platform answers, copied from the official docs. Cloud calls get
 * the HTTPS API's reply with snake_case keys turned into camelCase by wx-server-sdk (so `trace_id`
 * becomes `traceId`), plus `errMsg: 'openapi.<api>:ok'` and `errCode: 0`.
 */

export type Suggest = 'pass' | 'review' | 'risky'

/**
 * msgSecCheck v2: `result` is the verdict to act on; `detail` lists each strategy. 2 500 characters a
 * call at most; v2 answers risky text with errcode 0, it does not throw.
 * Labels: 100 正常, 10001 广告, 20001 时政, 20002 色情, 20003 辱骂, 20006 违法犯罪, 20008 欺诈, 20012 低俗,
 * 20013 版权, 21000 其他.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
 */
export const MSG_SEC_CHECK_MAX_CHARS = 2500
export const MSG_SEC_CHECK_SCENES = [1, 2, 3, 4] as const

export function msgSecCheckReply(suggest: Suggest, label: number, traceId: string) {
  return {
    errCode: 0,
    errMsg: 'openapi.security.msgSecCheck:ok',
    result: { suggest, label },
    detail: [
      { strategy: 'content_model', errcode: 0, suggest, label, prob: 90 },
      { strategy: 'keyword', errcode: 0 },
    ],
    traceId,
  }
}

/**
 * mediaCheckAsync v2 accepts the check at once (`trace_id`, which the cloud call hands back as
 * `traceId`); the verdict comes later as a push.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export function mediaCheckAsyncReply(traceId: string) {
  return { errCode: 0, errMsg: 'openapi.security.mediaCheckAsync:ok', traceId }
}

/** 1 音频, 2 图片. */
export const MEDIA_TYPE_IMAGE = 2

/**
 * The verdict WeChat pushes within 30 minutes, as a cloud function receives it through 消息推送
 * (always JSON there). Field names as the doc's push example; note `trace_id` stays snake_case in a
 * push, and that pushes seen in the field carry some numbers as strings (label "100", version "2").
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html
 */
export interface MediaCheckPush {
  ToUserName: string
  FromUserName: string
  CreateTime: number
  MsgType: 'event'
  Event: 'wxa_media_check'
  appid: string
  trace_id: string
  version: number
  result: { suggest: Suggest; label: number }
  detail: { strategy: string; errcode: number; suggest: Suggest; label: number; prob: number }[]
}

export function mediaCheckPush(options: {
  traceId: string
  suggest: Suggest
  appid: string
  openid: string
  label?: number
  now?: number
}): MediaCheckPush {
  const label = options.label ?? (options.suggest === 'pass' ? 100 : 20002)
  return {
    ToUserName: 'gh_local000000000',
    FromUserName: options.openid,
    CreateTime: Math.floor((options.now ?? Date.now()) / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: options.appid,
    trace_id: options.traceId,
    version: 2,
    result: { suggest: options.suggest, label },
    detail: [{ strategy: 'content_model', errcode: 0, suggest: options.suggest, label, prob: 90 }],
  }
}
