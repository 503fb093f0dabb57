import { Image, Text, View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useEffect, useMemo, useState } from 'react'
import type { SignInCodeView } from '../../../../types/meeting'

/** Same settings as the native weapp component (src/components/signin-code). */
function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  return qr.createDataURL(8, 4)
}

interface Props {
  view: SignInCodeView
  onExpire: () => void
}

/**
 * The H5 build's drawing of the sign-in code (the weapp build uses the native component): digits, QR,
 * countdown to the rotation and the live count.
 */
export function SigninCodeWeb({ view, onExpire }: Props) {
  const qr = useMemo(() => qrDataUrl(view.qrText), [view.qrText])
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const secondsLeft = Math.max(0, Math.ceil((Date.parse(view.rotatesAt) - now) / 1000))
  useEffect(() => {
    if (secondsLeft === 0) onExpire()
  }, [secondsLeft, onExpire])
  return (
    <View className="signin-code">
      <View className="signin-code__digits" aria-label="签到码">
        {view.code.split('').map((digit, index) => (
          <Text key={index} className="signin-code__digit">
            {digit}
          </Text>
        ))}
      </View>
      <Image className="signin-code__qr" src={qr} mode="aspectFit" />
      <View className="signin-code__meta">
        <Text className="signin-code__countdown">{secondsLeft} 秒后更新</Text>
        <Text className="signin-code__count">
          已签到 {view.attended}/{view.expected}
        </Text>
      </View>
      <Text className="signin-code__hint">
        请参会党员用“扫一扫”扫码，或在会议页面输入上方 6 位签到码
      </Text>
    </View>
  )
}
