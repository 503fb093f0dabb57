import type { ErrorCode, ErrorReply } from '../../types/errors'
import { permits, SECRETARY_ONLY } from '../../types/roles'
import type { Role } from '../../types/user'

/** An expected refusal: becomes `{ ok: false, code, message }` for the client, never a stack trace. */
export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ActionError'
  }
}

export const unauthenticated = () =>
  new ActionError('UNAUTHENTICATED', '没有识别到你的微信身份，请重新打开小程序后再试')

export const forbidden = (message = '你没有权限进行这个操作，如有需要请联系支部书记') =>
  new ActionError('FORBIDDEN', message)

export const invalidArgument = (message: string) => new ActionError('INVALID_ARGUMENT', message)

export const notFound = (what: string) =>
  new ActionError('NOT_FOUND', `${what}不存在或已被删除，请刷新后再试`)

export const conflict = (message: string) => new ActionError('CONFLICT', message)

/** `kind`: what the check found (e.g. 欺诈), so the person knows what to change. */
export const contentRisky = (what: string, kind = '') =>
  new ActionError(
    'CONTENT_RISKY',
    `${what}含有不适宜公开的内容${kind ? `（内容安全检查认为涉及${kind}）` : ''}，请修改后再提交`,
  )

export function errorReply(code: ErrorCode, message: string): ErrorReply {
  return { ok: false, code, message }
}

export const INTERNAL_MESSAGE = '服务暂时出了点问题，请稍后重试；如果一直失败，请联系支部书记'

/**
 * The INTERNAL message for someone whose standing is known: a 书记 or an admin is not told to ask the
 * 书记 — they are pointed at the org above.
 */
export function internalMessageFor(roles: readonly Role[]): string {
  return permits(roles, SECRETARY_ONLY)
    ? '服务暂时出了点问题，请稍后重试；如果一直失败，请告诉上级党组织'
    : INTERNAL_MESSAGE
}
