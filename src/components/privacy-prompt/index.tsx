import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'
import { answerPrivacy, attachPrivacyHost, type PrivacyRequest } from '../../platform/privacy'
import './index.css'

/** WeChat checks that exactly this button was tapped before it lets the API go on. */
export const PRIVACY_AGREE_ID = 'privacy-agree'

/** What each privacy API this app uses needs the information for, in the person's words. */
const PURPOSES: Record<string, string> = {
  chooseMedia: '选择照片需要访问你的相册或相机，照片只用于你正在填写的内容。',
  chooseImage: '选择照片需要访问你的相册或相机，照片只用于你正在填写的内容。',
  chooseLocation: '在地图上选点需要使用你的位置信息，仅用于标注问题发生的地点。',
  setClipboardData: '复制需要写入剪贴板，仅用于复制你要分享的内容。',
  scanCode: '扫码需要使用相机，仅用于扫描签到二维码。',
}
const DEFAULT_PURPOSE = '这一步需要使用你的个人信息，仅用于完成当前操作。'

/**
 * The consent dialog of WeChat's privacy flow. Put it on every page that calls a privacy API: the
 * listener registered at launch (src/platform/privacy.ts) hands a request to the page in front, which
 * is the last shown page with this component.
 */
export function PrivacyPrompt() {
  const [request, setRequest] = useState<PrivacyRequest | null>(null)
  const detach = useRef<(() => void) | null>(null)
  const attach = useCallback(() => {
    detach.current?.()
    detach.current = attachPrivacyHost(setRequest)
  }, [])
  const leave = useCallback(() => {
    detach.current?.()
    detach.current = null
  }, [])
  useDidShow(attach)
  useDidHide(leave)
  useEffect(() => leave, [leave])

  if (!request) return null
  return (
    <View className="privacy-prompt" role="dialog">
      <View className="privacy-prompt__box">
        <Text className="privacy-prompt__title">使用前请阅读</Text>
        <Text className="privacy-prompt__text">
          {PURPOSES[request.referrer] ?? DEFAULT_PURPOSE}请阅读
          <Text
            className="privacy-prompt__link"
            onClick={() => void Taro.openPrivacyContract?.({})}
          >
            《用户隐私保护指引》
          </Text>
          后决定是否同意。
        </Text>
        <View className="privacy-prompt__actions">
          <Button
            className="privacy-prompt-disagree"
            onClick={() => answerPrivacy(false, PRIVACY_AGREE_ID)}
          >
            不同意
          </Button>
          <Button
            id={PRIVACY_AGREE_ID}
            className="privacy-prompt-agree"
            type="primary"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => answerPrivacy(true, PRIVACY_AGREE_ID)}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  )
}
