import Taro from '@tarojs/taro'

/** The reader's content and the screen it scrolls in, in px. */
export interface ReaderBox {
  contentHeight: number
  viewHeight: number
}

/**
 * getSystemInfoSync is no longer maintained since base library 2.20.1; getWindowInfo replaces it (the
 * privacy flow this app needs already requires 2.32.3).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getWindowInfo.html
 */
function windowHeight(): number {
  return Taro.getWindowInfo().windowHeight
}

/** Measures the lesson once it is drawn (and again when a picture loads and pushes text down). */
export function measureReader(selector: string): Promise<ReaderBox | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(selector)
      .boundingClientRect()
      .exec((result: unknown[]) => {
        const rect = (result?.[0] ?? null) as { height?: number } | null
        resolve(rect?.height ? { contentHeight: rect.height, viewHeight: windowHeight() } : null)
      })
  })
}

/** How much of the lesson lies above the bottom of the screen. A lesson shorter than the screen is read whole. */
export function percentAt(scrollTop: number, box: ReaderBox): number {
  if (box.contentHeight <= box.viewHeight) return 100
  const seen = ((scrollTop + box.viewHeight) / box.contentHeight) * 100
  return Math.max(0, Math.min(100, Math.round(seen)))
}

/** How much of the lesson lies above the top of the screen. */
export function topPercentAt(scrollTop: number, box: ReaderBox): number {
  if (box.contentHeight <= box.viewHeight) return 0
  return Math.max(0, Math.min(100, Math.round((scrollTop / box.contentHeight) * 100)))
}

/** The scroll position that puts `percent` of the lesson above the bottom of the screen. */
export function scrollTopFor(percent: number, box: ReaderBox): number {
  return Math.max(0, Math.round((percent / 100) * box.contentHeight - box.viewHeight))
}
