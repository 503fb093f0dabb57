import type { SubscribeTemplate } from '../../types/subscriptions'
import { SUBSCRIBE_TEMPLATES } from '../../types/subscriptions'
import { cloud, type Database } from './cloud'

/**
 * Subscribe-message credits: one per `accept` the person gave from a tap, spent by one send. Nobody
 * gets a message they did not ask for, and no credit is spent twice.
 */
export function subscriptionId(openid: string, template: SubscribeTemplate): string {
  return `${openid}_${template}`
}

export async function addCredits(
  db: Database,
  openid: string,
  templates: readonly SubscribeTemplate[],
): Promise<void> {
  const _ = db.command
  for (const template of templates) {
    const id = subscriptionId(openid, template)
    const { stats } = (await db
      .collection('subscriptions')
      .doc(id)
      .update({ data: { credits: _.inc(1), updatedAt: new Date() } })) as {
      stats: { updated: number }
    }
    if (stats.updated > 0) continue
    try {
      await db
        .collection('subscriptions')
        .add({ data: { _id: id, openid, template, credits: 1, updatedAt: new Date() } })
    } catch {
      // someone added the row in between: count this accept on the row that won
      await db
        .collection('subscriptions')
        .doc(id)
        .update({ data: { credits: _.inc(1) } })
    }
  }
}

export interface SubscribeMessage {
  touser: string
  template: SubscribeTemplate
  /** The page the message opens, e.g. `packages/meeting/detail/index?id=…` */
  page: string
  /** Template fields, e.g. `{ thing1: { value: '支委会' } }` */
  data: Record<string, { value: string }>
}

/** Spends one credit and sends; false (and nothing sent) when the person has no credit left. */
export async function sendWithCredit(db: Database, message: SubscribeMessage): Promise<boolean> {
  const _ = db.command
  const { stats } = (await db
    .collection('subscriptions')
    .where({ _id: subscriptionId(message.touser, message.template), credits: _.gt(0) })
    .update({ data: { credits: _.inc(-1), updatedAt: new Date() } })) as {
    stats: { updated: number }
  }
  if (stats.updated !== 1) return false
  // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
  await cloud.openapi.subscribeMessage.send({
    touser: message.touser,
    templateId: SUBSCRIBE_TEMPLATES[message.template],
    page: message.page,
    data: message.data,
    miniprogramState: 'formal',
  })
  return true
}
