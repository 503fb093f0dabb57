/**
 * One-time subscribe messages (订阅消息). Each `accept` of requestSubscribeMessage gives one send; the
 * app keeps the credits per person × template. A template is a set of keywords, each of a kind whose
 * values WeChat checks (a value it refuses is error 47003, and nothing is sent).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */

/**
 * The keyword kinds this app uses. The kind is also the keyword's name without its number (`thing1`).
 * thing ≤ 20 characters; phrase ≤ 5 汉字; time = 24 h time with an optional date ("2019年10月1日 15:01");
 * date = a date with an optional time; number ≤ 32 digits; character_string ≤ 32 letters, digits or
 * symbols; name ≤ 10 汉字 (or 20 letters); amount = a currency sign and ≤ 10 digits with optional
 * decimals, optionally ending in 元 (订阅消息参数值内容限制说明).
 */
export type KeywordKind =
  'thing' | 'phrase' | 'time' | 'date' | 'number' | 'character_string' | 'name' | 'amount'

/** What the app hands over for a keyword of each kind; the server formats and checks it. */
export interface KeywordValue {
  thing: string
  phrase: string
  time: Date
  date: Date
  number: number
  character_string: string
  name: string
  /** In 分; sent as ¥45.00. */
  amount: number
}

export interface TemplateDefinition {
  /** The template's title on 公众平台 (订阅消息 → 公共模板库), to pick the right one. */
  title: string
  /** Keyword name → kind. The names must be those of the template picked on 公众平台. */
  keywords: Record<string, KeywordKind>
}

export const SUBSCRIBE_TEMPLATES = {
  meetingReminder: {
    title: '会议提醒',
    keywords: { thing1: 'thing', time2: 'time', thing3: 'thing' },
  },
  lessonDue: {
    title: '学习任务提醒',
    keywords: { thing1: 'thing', date2: 'date' },
  },
  noticeReminder: {
    title: '通知签阅提醒',
    keywords: { thing1: 'thing', thing2: 'thing' },
  },
  issueReplied: {
    title: '诉求答复通知',
    keywords: { thing1: 'thing', time2: 'time', thing3: 'thing' },
  },
  /** 缴费项目 (2026年11月党费), 应缴金额 (that member's own), 温馨提示 (the branch). */
  duesReminder: {
    title: '党费缴纳提醒',
    keywords: { thing1: 'thing', amount2: 'amount', thing3: 'thing' },
  },
} as const satisfies Record<string, TemplateDefinition>

export type SubscribeTemplate = keyof typeof SUBSCRIBE_TEMPLATES
export const SUBSCRIBE_TEMPLATE_KEYS = Object.keys(SUBSCRIBE_TEMPLATES) as SubscribeTemplate[]

type KeywordsOf<T extends SubscribeTemplate> = (typeof SUBSCRIBE_TEMPLATES)[T]['keywords']

/** The values a message of template T takes: `{ thing1: string, time2: Date, … }`. */
export type TemplateValues<T extends SubscribeTemplate> = {
  [K in keyof KeywordsOf<T>]: KeywordsOf<T>[K] extends KeywordKind
    ? KeywordValue[KeywordsOf<T>[K]]
    : never
}

/**
 * Each template's id comes from build/deploy configuration, never from the code: the environment
 * variable named here, read by `npm run build:weapp` (for the prompt) and by the functions (for the
 * send; baked in by `npm run build:functions` when set, else read at run time).
 */
export const TEMPLATE_ID_ENV: Record<SubscribeTemplate, string> = {
  meetingReminder: 'ZHIBU_TEMPLATE_MEETING_REMINDER',
  lessonDue: 'ZHIBU_TEMPLATE_LESSON_DUE',
  noticeReminder: 'ZHIBU_TEMPLATE_NOTICE_REMINDER',
  issueReplied: 'ZHIBU_TEMPLATE_ISSUE_REPLIED',
  duesReminder: 'ZHIBU_TEMPLATE_DUES_REMINDER',
}
