/**
 * subscribeMessage.send as the platform answers, copied from the official doc: the error codes, and the
 * value rules per keyword kind (the kind is the keyword's name without its number: `thing1` → thing).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */

/** errcode → what the doc says it means. */
export const SEND_ERRORS = {
  /** touser 字段 openid 为空或者不正确 */
  badOpenid: 40003,
  /** 订阅模板 id 为空不正确 */
  badTemplate: 40037,
  /** 用户拒绝接受消息，如果用户之前曾经订阅过，则表示用户取消了订阅关系 */
  refused: 43101,
  /** 模板参数不准确，可能为空或者不满足规则，errmsg 会提示具体是哪个字段出错 */
  badValue: 47003,
  /** page 路径不正确，需要保证在现网版本小程序中存在，与 app.json 保持一致 */
  badPage: 41030,
  /** 系统繁忙，此时请开发者稍候再试 (the common server error) */
  busy: -1,
} as const

/**
 * The errmsg beside each code. Where replies posted on the official developer community show the
 * platform's wording it is used ("user refuse to accept the msg", "invalid template_id",
 * "argument invalid! data.thing3.value invalid"); otherwise the doc's description stands in.
 * 参考文档：https://developers.weixin.qq.com/community/develop/doc/00028cf6e941683869609994966800
 */
export function sendErrorMessage(code: number, field = ''): string {
  switch (code) {
    case SEND_ERRORS.badOpenid:
      return 'touser 字段 openid 为空或者不正确'
    case SEND_ERRORS.badTemplate:
      return 'invalid template_id'
    case SEND_ERRORS.refused:
      return 'user refuse to accept the msg'
    case SEND_ERRORS.badValue:
      return `argument invalid! data.${field}.value invalid`
    case SEND_ERRORS.badPage:
      return 'page 路径不正确'
    default:
      return 'system error'
  }
}

const HAN = /^\p{Script=Han}+$/u
const chars = (value: string) => [...value].length

/**
 * 订阅消息参数值内容限制说明, kind by kind (a value the rule refuses is a 47003). An empty value is refused
 * for every kind.
 */
export const VALUE_RULES: Record<string, (value: string) => boolean> = {
  /** 20个以内字符，可汉字、数字、字母或符号组合 */
  thing: (value) => chars(value) <= 20,
  /** 32位以内数字，只能数字，可带小数 */
  number: (value) => value.length <= 32 && /^\d+(\.\d+)?$/.test(value),
  /** 32位以内字母 */
  letter: (value) => value.length <= 32 && /^[A-Za-z]+$/.test(value),
  /** 5位以内符号 */
  symbol: (value) => chars(value) <= 5 && !/[\p{L}\p{N}]/u.test(value),
  /** 32位以内数字、字母或符号组合 */
  character_string: (value) => value.length <= 32 && /^[\x21-\x7e]+$/.test(value),
  /** 24小时制时间格式（支持+年月日），例如：15:01，或：2019年10月1日 15:01 */
  time: (value) => /^(\d{4}年\d{1,2}月\d{1,2}日 )?([01]?\d|2[0-3]):[0-5]\d$/.test(value),
  /** 年月日格式（支持+24小时制时间），例如：2019年10月1日，或：2019年10月1日 15:01 */
  date: (value) => /^\d{4}年\d{1,2}月\d{1,2}日( ([01]?\d|2[0-3]):[0-5]\d)?$/.test(value),
  /** 10个以内纯汉字或20个以内纯字母或符号 */
  name: (value) => (HAN.test(value) ? chars(value) <= 10 : chars(value) <= 20),
  /** 1个币种符号+10位以内纯数字，可带小数，结尾可带“元” */
  amount: (value) => /^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(value) && /[¥￥$元]/.test(value),
  /** 5个以内纯汉字，例如：配送中 */
  phrase: (value) => HAN.test(value) && chars(value) <= 5,
}

/** The kind of a keyword, from its name (`thing1` → thing, `character_string12` → character_string). */
export function keywordKind(key: string): string {
  return key.replace(/\d+$/, '')
}
