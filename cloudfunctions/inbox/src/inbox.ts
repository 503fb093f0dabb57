/** The caller's unread rows (served by the `openid_readAt` index). */
export function unreadOf(openid: string) {
  return { openid, readAt: null }
}
