import Taro from '@tarojs/taro'
import { useEffect } from 'react'

/**
 * A form's refusal must be seen where the person is looking: when `error` appears it is toasted (a
 * toast shows whatever part of the page is on screen) and the page scrolls to the banner that keeps
 * it (`selector`), so tapping 提交 at the bottom of a long form never looks like nothing happened.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/ui/scroll/wx.pageScrollTo.html
 */
export function useErrorInView(error: string, selector: string): void {
  useEffect(() => {
    if (!error) return
    void Taro.showToast({ title: error, icon: 'none', duration: 3000 })
    void Taro.pageScrollTo({ selector, duration: 200, offsetTop: -120 }).catch(() => undefined)
  }, [error, selector])
}
