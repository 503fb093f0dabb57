/**
 * `cloud.getWXContext()` as the platform fills it, copied from the official doc.
 * OPENID/APPID/UNIONID are there for calls from the app; ENV and SOURCE always; CLIENTIP for the app.
 * SOURCE names what triggered this run and follows the call chain, comma-separated: the app calling A
 * which calls B gives A `wx_client` and B `wx_client,scf`.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.html
 */
export const SOURCES = {
  /** 微信 IDE 调用 */
  devtools: 'wx_devtools',
  /** 微信小程序调用 */
  client: 'wx_client',
  /** 微信 HTTP API 调用 */
  http: 'wx_http',
  /** 云函数定时触发器调用 */
  trigger: 'wx_trigger',
  /** 微信小程序爬虫调用 */
  crawler: 'wx_crawler',
  /** 微信 IDE 本地调试调用 */
  localDebug: 'wx_localdebug',
  /** 微信未知来源调用 */
  unknown: 'wx_unknown',
  /** 云函数调用云函数 (appended to the caller's SOURCE) */
  function: 'scf',
} as const

/**
 * The SOURCE of a 消息推送 delivery to a cloud function is not documented. The emulator delivers
 * pushes as `wx_unknown` (微信未知来源调用); the receiver only relies on it not being a client source, so
 * whatever the real value is, a push gets through and an app call does not. Verify on a real
 * environment (the receiver logs the SOURCE it saw).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html
 */
export const MESSAGE_PUSH_SOURCE = SOURCES.unknown

export interface WXContextFields {
  OPENID?: string
  APPID?: string
  UNIONID?: string
  ENV: string
  SOURCE: string
  CLIENTIP?: string
}

/** The fields for one call, as the platform would fill them. */
export function wxContext(call: {
  env: string
  source: string
  openid: string
  appid: string
  unionid: string
  clientIp: string
}): WXContextFields {
  const context: WXContextFields = { ENV: call.env, SOURCE: call.source }
  if (call.openid) context.OPENID = call.openid
  if (call.appid) context.APPID = call.appid
  if (call.unionid) context.UNIONID = call.unionid
  if (call.clientIp) context.CLIENTIP = call.clientIp
  return context
}
