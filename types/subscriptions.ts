/**
 * One-time subscribe message templates. Each `accept` of requestSubscribeMessage gives one send; the
 * app keeps the credits per person × template. The template ids come from the deploy environment
 * (ZHIBU_TPL_*, see deploy/manifest.ts): a deploy build of the weapp and of the functions defines
 * ZHIBU_TEMPLATE_IDS; local builds and tests use the placeholders below.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html
 */
export const SUBSCRIBE_TEMPLATE_KEYS = [
  'meetingReminder',
  'lessonDue',
  'noticeReminder',
  'issueReplied',
] as const

export type SubscribeTemplate = (typeof SUBSCRIBE_TEMPLATE_KEYS)[number]

/** Placeholders for the local cloud, where no real template exists. */
export const LOCAL_TEMPLATE_IDS: Readonly<Record<SubscribeTemplate, string>> = {
  meetingReminder: 'TPL_MEETING_REMINDER',
  lessonDue: 'TPL_LESSON_DUE',
  noticeReminder: 'TPL_NOTICE_REMINDER',
  issueReplied: 'TPL_ISSUE_REPLIED',
}

export const SUBSCRIBE_TEMPLATES: Readonly<Record<SubscribeTemplate, string>> =
  typeof ZHIBU_TEMPLATE_IDS === 'object' ? ZHIBU_TEMPLATE_IDS : LOCAL_TEMPLATE_IDS
