import { PUSH_ROUTES } from '../deploy/manifest'
import { DEMO_APPID } from './functions'
import { callFunctionAs } from './local-cloud'
import { mediaChecksSent, setMediaCheckListener } from './openapi'
import { MESSAGE_PUSH_SOURCE } from './platform/context'
import { mediaCheckPush, type Suggest } from './platform/security'

/**
 * 消息推送 to cloud functions, as the console's setting routes it: each `<MsgType, Event>` pair goes to
 * one function. The routes are the deploy manifest's PUSH_ROUTES — the list `npm run deploy` prints
 * as the console step — so the emulator and production route alike.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html
 */
function routeOf(msgType: string, event: string) {
  return PUSH_ROUTES.find((route) => route.msgType === msgType && route.event === event)
}

/** Delivers one push to the function its MsgType/Event is routed to; what that function returned. */
export async function deliverPush(push: { MsgType: string; Event?: string }): Promise<unknown> {
  const route = routeOf(push.MsgType, push.Event ?? '')
  if (!route) throw new Error(`no 消息推送 route for ${push.MsgType}/${push.Event ?? ''}`)
  // What getWXContext() says during a push is not documented; see platform/context.ts.
  const { result } = await callFunctionAs(route.functionName, push, {
    openid: '',
    source: MESSAGE_PUSH_SOURCE,
  })
  return result
}

/** WeChat's verdict on one checked image, pushed as the documented `wxa_media_check` event. */
export function deliverMediaVerdict(traceId: string, suggest: Suggest): Promise<unknown> {
  const sent = mediaChecksSent().find((check) => check.traceId === traceId)
  return deliverPush(
    mediaCheckPush({ traceId, suggest, appid: DEMO_APPID, openid: sent?.openid ?? '' }),
  )
}

/**
 * For `npm start` and the e2e: the emulator cannot judge images, so every image passes, its verdict
 * pushed shortly after the check was sent — as WeChat does within 30 minutes. Tests deliver verdicts
 * themselves (deliverMediaVerdict), pass or risky.
 */
export function passEveryImage(delayMs: number): void {
  setMediaCheckListener((check) => {
    setTimeout(() => {
      deliverMediaVerdict(check.traceId, 'pass').catch((error) =>
        console.error('[emulator] wxa_media_check push failed', error),
      )
    }, delayMs)
  })
}
