import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DEMO_APPID } from './functions'
import { callFunctionAs } from './local-cloud'
import { mediaChecksSent, setMediaCheckListener } from './openapi'
import { MESSAGE_PUSH_SOURCE } from './platform/context'
import { mediaCheckPush, type Suggest } from './platform/security'

/**
 * 消息推送 to cloud functions, as the console's setting routes it: each `<MsgType, Event>` pair goes to
 * one function. The routes come from `cloudfunctions/<fn>/message-push.json` — the same file the deploy
 * step reads to set up the console — so the emulator and production route alike.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html
 */
const FUNCTIONS_ROOT = resolve(__dirname, '../cloudfunctions')

interface Route {
  msgType: string
  event: string
  functionName: string
}

let routes: Route[] | undefined

function messagePushRoutes(): Route[] {
  routes ??= readdirSync(FUNCTIONS_ROOT).flatMap((name) => {
    const file = join(FUNCTIONS_ROOT, name, 'message-push.json')
    if (name.startsWith('_') || !existsSync(file)) return []
    const config = JSON.parse(readFileSync(file, 'utf8')) as {
      routes: Omit<Route, 'functionName'>[]
    }
    return config.routes.map((route) => ({ ...route, functionName: name }))
  })
  return routes
}

/** Delivers one push to the function its MsgType/Event is routed to; what that function returned. */
export async function deliverPush(push: { MsgType: string; Event?: string }): Promise<unknown> {
  const route = messagePushRoutes().find(
    (candidate) => candidate.msgType === push.MsgType && candidate.event === (push.Event ?? ''),
  )
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
