import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'

type Resolve = (result: {
  event: 'agree' | 'disagree' | 'exposureAuthorization'
  buttonId?: string
}) => void

/** The id of the consent button: WeChat checks that exactly this button was tapped before agreeing. */
export const PRIVACY_AGREE_ID = 'issue-privacy-agree'

/**
 * WeChat's privacy flow (base library ≥ 2.32.3): a privacy API such as chooseLocation waits until the
 * user agrees in our own dialog, whose 同意 button has open-type="agreePrivacyAuthorization". The
 * listener is global, so the page registers it each time it shows.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
 */
export function usePrivacyAuthorization() {
  const [asking, setAsking] = useState(false)
  const resolver = useRef<Resolve | null>(null)

  useDidShow(() => {
    if (process.env.TARO_ENV !== 'weapp' || !Taro.onNeedPrivacyAuthorization) return
    Taro.onNeedPrivacyAuthorization((resolve) => {
      resolver.current = resolve as Resolve
      resolver.current({ event: 'exposureAuthorization' })
      setAsking(true)
    })
  })

  const answer = useCallback((agreed: boolean) => {
    resolver.current?.(
      agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_ID } : { event: 'disagree' },
    )
    resolver.current = null
    setAsking(false)
  }, [])

  return { asking, agree: () => answer(true), disagree: () => answer(false) }
}
