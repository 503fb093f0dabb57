import { z } from 'zod'

/** Pushes seen in the field carry some numbers as strings ("version": "2", "label": "100"). */
const numberish = z.union([z.number(), z.string().regex(/^-?\d+$/)])
const suggest = z.enum(['pass', 'review', 'risky'])

/**
 * The `wxa_media_check` push, as mediaCheckAsync v2's doc gives it. Only what the receiver reads is
 * required. Unlike an app call, a push is not refused for a field it does not list (`strip`, not
 * `strict`): WeChat adds envelope fields over time, and a refused push would be a verdict lost. Nothing
 * in it is trusted for identity or source (those come from getWXContext()).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export const mediaCheckPush = z
  .object({
    ToUserName: z.string().max(100).optional(),
    FromUserName: z.string().max(100).optional(),
    CreateTime: numberish.optional(),
    MsgType: z.literal('event'),
    Event: z.literal('wxa_media_check'),
    appid: z.string().max(64),
    trace_id: z.string().min(1).max(128),
    version: numberish.refine((value) => Number(value) === 2, '只接收内容安全 2.0 的推送'),
    result: z.object({ suggest, label: numberish }).strip(),
    detail: z.unknown().optional(),
    errcode: numberish.optional(),
    errmsg: z.string().max(200).optional(),
  })
  .strip()

export const mediaCheckPushInput = z.object({ push: mediaCheckPush }).strict()
export type MediaCheckPushInput = z.infer<typeof mediaCheckPushInput>
