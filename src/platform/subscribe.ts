import Taro from '@tarojs/taro'
import type { Reply } from '../../types/errors'
import type { SubscribeTemplate } from '../../types/subscriptions'
import { recordSubscriptions } from '../services/user'

/** Which of the asked templates were accepted and recorded (empty when the person declined all). */
export type SubscribeReply = Reply<{ accepted: SubscribeTemplate[] }>

/**
 * The template ids of this build, from build configuration (config/index.ts reads the
 * ZHIBU_TEMPLATE_* variables; the build warns about any that are missing). Read at call time.
 */
function templateIds(): Partial<Record<SubscribeTemplate, string>> {
  return typeof SUBSCRIBE_TEMPLATE_IDS === 'undefined' ? {} : SUBSCRIBE_TEMPLATE_IDS
}

/**
 * Asks for one-time subscribe messages and records each accept with the user function: one accept is
 * one message the server may send later. WeChat shows the prompt only while handling a tap, so call
 * this from the tap handler itself, before any other await.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 *
 * Not `async` itself: inside an async function's state machine the H5 branch would survive as an
 * unreachable case and ship in the weapp build.
 */
export function askToSubscribe(templates: SubscribeTemplate[]): Promise<SubscribeReply> {
  // The local H5 build has no subscribe prompt: it takes every template as accepted, so the credit
  // and the reminder it pays for can be tried (and tested) end to end.
  if (process.env.TARO_ENV === 'h5') return record(templates)
  return askWechat(templates)
}

async function askWechat(templates: SubscribeTemplate[]): Promise<SubscribeReply> {
  const ids = templateIds()
  const asked = templates.filter((template) => ids[template])
  if (asked.length === 0) {
    return { ok: false, code: 'INTERNAL', message: '这个版本还没有开通消息提醒，请联系支部书记' }
  }
  let answers: Record<string, string>
  try {
    // Typed by Taro as a bare result; the answer per template id ('accept', 'reject', 'ban') is on it.
    answers = (await Taro.requestSubscribeMessage({
      tmplIds: asked.map((template) => String(ids[template])),
      entityIds: [],
    })) as unknown as Record<string, string>
  } catch {
    return { ok: false, code: 'INTERNAL', message: '没能打开订阅提醒，请稍后再试' }
  }
  return record(asked.filter((template) => answers[String(ids[template])] === 'accept'))
}

async function record(accepted: SubscribeTemplate[]): Promise<SubscribeReply> {
  if (accepted.length === 0) return { ok: true, data: { accepted } }
  const reply = await recordSubscriptions(accepted)
  return reply.ok ? { ok: true, data: { accepted } } : reply
}
