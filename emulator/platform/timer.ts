/**
 * What a timer trigger (config.json `triggers`, type timer) sends a cloud function: the event below,
 * with SOURCE `wx_trigger` in getWXContext. The message is the trigger's optional config text.
 * 参考文档：https://cloud.tencent.com/document/product/583/31927
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/triggers.html
 */
export function timerEvent(triggerName: string, now = new Date(), message = '') {
  return {
    Type: 'Timer' as const,
    TriggerName: triggerName,
    // The doc's example: "2019-02-21T11:49:00Z" — UTC, whole seconds.
    Time: `${now.toISOString().slice(0, 19)}Z`,
    Message: message,
  }
}
