/**
 * One-time subscribe message templates. Each `accept` of requestSubscribeMessage gives one send; the
 * app keeps the credits per person × template. The ids are placeholders: set them to the template ids
 * of your mini-program (公众平台 → 订阅消息) before deploying.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html
 */
export const SUBSCRIBE_TEMPLATES = {
  meetingReminder: 'TPL_MEETING_REMINDER',
  lessonDue: 'TPL_LESSON_DUE',
  noticeReminder: 'TPL_NOTICE_REMINDER',
  issueReplied: 'TPL_ISSUE_REPLIED',
} as const

export type SubscribeTemplate = keyof typeof SUBSCRIBE_TEMPLATES
export const SUBSCRIBE_TEMPLATE_KEYS = Object.keys(SUBSCRIBE_TEMPLATES) as SubscribeTemplate[]
