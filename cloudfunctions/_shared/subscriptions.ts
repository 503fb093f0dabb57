import {
  SUBSCRIBE_TEMPLATES,
  TEMPLATE_ID_ENV,
  type KeywordKind,
  type SubscribeTemplate,
  type TemplateValues,
} from '../../types/subscriptions'
import { cloud, type Database } from './cloud'
import { addOnce, updatedCount } from './db'
import { formatFen } from '../../types/dues'
import { SHANGHAI_OFFSET_MS } from '../../types/time'

/**
 * Subscribe-message credits and sending: one credit per `accept` the person gave from a tap, spent by
 * one send. Nobody gets a message they did not ask for, and no credit is spent twice.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */
export function subscriptionId(openid: string, template: SubscribeTemplate): string {
  return `${openid}_${template}`
}

async function changed(write: unknown): Promise<boolean> {
  return (await updatedCount(write)) > 0
}

export async function addCredits(
  db: Database,
  openid: string,
  templates: readonly SubscribeTemplate[],
): Promise<void> {
  const _ = db.command
  const subscriptions = db.collection('subscriptions')
  for (const template of templates) {
    const id = subscriptionId(openid, template)
    const bump = () =>
      changed(subscriptions.doc(id).update({ data: { credits: _.inc(1), updatedAt: new Date() } }))
    if (await bump()) continue
    const row = { _id: id, openid, template, credits: 1, updatedAt: new Date() }
    // Someone added the row in between: count this accept on that row.
    if ((await addOnce(db, 'subscriptions', row)) === 'exists') await bump()
  }
}

/**
 * Template ids baked in by `npm run build:functions` (scripts/build-functions.mjs replaces this
 * expression when the ids are configured at build time); `{}` when they were not.
 */
function builtInTemplateIds(): Partial<Record<SubscribeTemplate, string>> {
  const configured = process.env.ZHIBU_TEMPLATE_IDS ?? '{}'
  try {
    return JSON.parse(configured) as Record<SubscribeTemplate, string>
  } catch (error) {
    // A broken build setting would otherwise read as "no templates" and silently send nothing.
    throw new Error(`ZHIBU_TEMPLATE_IDS is not valid JSON (${String(error)}): ${configured}`)
  }
}

/**
 * The template's id from build/deploy configuration — baked into the bundle, or the function's
 * environment variable (TEMPLATE_ID_ENV) — or undefined when it was not configured.
 */
export function templateIdOf(template: SubscribeTemplate): string | undefined {
  return builtInTemplateIds()[template] || process.env[TEMPLATE_ID_ENV[template]] || undefined
}

/** A value the template's rules refuse: a bug in the caller, not something to send. */
export class SubscribeValueError extends Error {
  constructor(template: string, keyword: string, reason: string) {
    super(`subscribe message ${template}.${keyword}: ${reason}`)
    this.name = 'SubscribeValueError'
  }
}

const HAN = /^\p{Script=Han}+$/u

/** Cuts to `max` characters (not UTF-16 units), ending with … when something was cut. */
function cut(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

function shanghaiDate(date: Date): string {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS)
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`
}

function shanghaiClock(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16)
}

/** Formats one value as its kind demands, or returns why it cannot be sent. */
function formatValue(kind: KeywordKind, value: unknown): string | { problem: string } {
  switch (kind) {
    case 'thing':
      return typeof value === 'string' ? cut(value, 20) : { problem: 'not text' }
    case 'phrase':
      return typeof value === 'string' && HAN.test(value) && [...value].length <= 5
        ? value
        : { problem: 'a phrase is at most 5 汉字 and nothing else' }
    case 'name':
      if (typeof value !== 'string') return { problem: 'not text' }
      return HAN.test(value) ? cut(value, 10) : cut(value, 20)
    case 'time':
      // 24-hour time with the date before it: "2019年10月1日 15:01".
      return value instanceof Date
        ? `${shanghaiDate(value)} ${shanghaiClock(value)}`
        : { problem: 'not a Date' }
    case 'date':
      return value instanceof Date ? shanghaiDate(value) : { problem: 'not a Date' }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? String(value).slice(0, 32)
        : { problem: 'not a non-negative number' }
    case 'amount':
      // 1个币种符号 + 10 位以内数字，可带小数: 分 → ¥45.00.
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e10
        ? `¥${formatFen(value)}`
        : { problem: 'not a whole number of 分 from 0 to 1 亿元' }
    case 'character_string':
      return typeof value === 'string' && /^[\x21-\x7e]{1,32}$/.test(value)
        ? value
        : { problem: 'at most 32 letters, digits or symbols' }
    default: {
      const unknownKind: never = kind
      return { problem: `unknown kind ${String(unknownKind)}` }
    }
  }
}

export type MessageData = Record<string, { value: string }>

/**
 * The message data for a template, every keyword formatted and checked as WeChat's rules say (thing
 * cut to 20 characters, time and date in Beijing time, …). Throws SubscribeValueError for a value no
 * formatting can make valid, and for an empty one: WeChat refuses empty values.
 */
export function messageData<T extends SubscribeTemplate>(
  template: T,
  values: TemplateValues<T>,
): MessageData {
  const keywords = SUBSCRIBE_TEMPLATES[template].keywords as Record<string, KeywordKind>
  const data: MessageData = {}
  for (const [keyword, kind] of Object.entries(keywords)) {
    const formatted = formatValue(kind, (values as Record<string, unknown>)[keyword])
    if (typeof formatted !== 'string') {
      throw new SubscribeValueError(template, keyword, formatted.problem)
    }
    if (!formatted) throw new SubscribeValueError(template, keyword, 'empty')
    data[keyword] = { value: formatted }
  }
  return data
}

/** What happened to one recipient's message. */
export type Delivery =
  /** Sent; one credit spent. */
  | 'sent'
  /** No credit left: the person did not ask (or used their accepts up). Nothing sent or spent. */
  | 'noCredit'
  /** WeChat refused for this person (43101 turned off, 40003 bad openid, 47003 bad value): spent. */
  | 'refused'
  /** WeChat or the network failed: the credit was given back. */
  | 'failed'
  /** The template id was not configured for this deployment: nothing sent or spent. */
  | 'notConfigured'

/**
 * Codes after which the credit stays spent: WeChat has decided about this person (or this value), so
 * trying again with the same credit would not help. Anything else is a system error: refunded.
 */
const FINAL_REFUSALS = [43101, 40003, 47003]

export interface OutgoingMessage {
  touser: string
  template: SubscribeTemplate
  /** The page the message opens, e.g. `packages/meeting/detail/index?id=…` (no leading slash). */
  page: string
  data: MessageData
}

/** Spends one credit and sends one message; never throws for what WeChat answers. */
export async function sendWithCredit(db: Database, message: OutgoingMessage): Promise<Delivery> {
  const templateId = templateIdOf(message.template)
  if (!templateId) return 'notConfigured'
  const _ = db.command
  const row = db
    .collection('subscriptions')
    .where({ _id: subscriptionId(message.touser, message.template), credits: _.gt(0) })
  if (!(await changed(row.update({ data: { credits: _.inc(-1), updatedAt: new Date() } })))) {
    return 'noCredit'
  }
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: message.touser,
      templateId,
      page: message.page,
      data: message.data,
      miniprogramState: 'formal',
    })
    return 'sent'
  } catch (error) {
    const code = Number((error as { errCode?: unknown }).errCode)
    if (FINAL_REFUSALS.includes(code)) return 'refused'
    console.error('[subscriptions] send failed, credit refunded', message.template, error)
    await db
      .collection('subscriptions')
      .doc(subscriptionId(message.touser, message.template))
      .update({ data: { credits: _.inc(1), updatedAt: new Date() } })
    return 'failed'
  }
}
