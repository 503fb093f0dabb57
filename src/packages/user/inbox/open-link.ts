import Taro from '@tarojs/taro'

/** The tab pages (app.config tabBar): they open with switchTab, which takes no query. */
export const TAB_PAGES = [
  'pages/branch/index',
  'pages/study/index',
  'pages/issues/index',
  'pages/me/index',
]

/** Opens a message's link, a page path with its query as the server wrote it (no leading slash). */
export function openLink(link: string): void {
  const path = link.split('?')[0]
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: `/${path}` })
  else void Taro.navigateTo({ url: `/${link}` })
}
