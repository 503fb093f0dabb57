import type { z } from 'zod'
import { invalidArgument } from './errors'

const HAS_CHINESE = /[\u4e00-\u9fa5]/

/** Parses with the action's schema; the first problem becomes a Chinese message that says what to fix. */
export function validate<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, payload: unknown): T {
  const parsed = schema.safeParse(payload)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  if (issue.code === 'unrecognized_keys') {
    throw invalidArgument(`不支持的字段：${issue.keys.join('、')}，请更新小程序后再试`)
  }
  if (HAS_CHINESE.test(issue.message)) throw invalidArgument(issue.message)
  const field = issue.path.join('.') || '请求'
  throw invalidArgument(`“${field}”填写有误，请检查后重试`)
}
