import Taro from '@tarojs/taro'
import { countUnread } from './inbox'

/** 我的 is the fourth tab of app.config's tabBar. */
export const ME_TAB_INDEX = 3

/**
 * Asks how many 消息 are unread and shows the number on the 我的 tab (none: no badge). Answers the
 * number, or null when it could not be asked (the row on 我的 then shows none).
 */
export async function refreshInboxBadge(): Promise<number | null> {
  const reply = await countUnread()
  if (!reply.ok) return null
  const { unread } = reply.data
  try {
    if (unread > 0) {
      await Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: unread > 99 ? '99+' : String(unread) })
    } else {
      await Taro.removeTabBarBadge({ index: ME_TAB_INDEX })
    }
  } catch {
    // The badge is decoration: a page shown without the tab bar (H5 opened on a subpage) refuses it,
    // and the count still shows on 我的.
  }
  return unread
}
