import { Image, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { qrDataUrl } from './qr-data-url'
import './index.css'

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- JSX typing of a native component
  namespace JSX {
    interface IntrinsicElements {
      /** src/components/signin-code: one-word property names (see its index.js). */
      'signin-code': {
        code: string
        qrsrc: string
        rotates: string
        attended: number
        expected: number
        hint: string
        onExpire?: () => void
        onRefresh?: () => void
      }
    }
  }
}

export interface SignInCodeProps {
  /** Six digits, read aloud or typed by people. */
  code: string
  /** What the QR holds (types/signin.ts); people scan it with scanCode. */
  qrText: string
  /** ISO time when the code rotates. */
  rotatesAt: string
  attended: number
  expected: number
  /** One line under the code: how to sign in here. */
  hint: string
  /** The code is due to rotate (or the host tapped it): fetch the next one. */
  onExpire: () => void
}

/**
 * The host's rotating sign-in code for a meeting or an activity: digits, QR, countdown to the rotation
 * and the live count. The weapp build draws it with the native component (its page declares it in
 * `usingComponents`), which keeps the per-second redraw out of the React tree; the H5 build with the
 * React drawing below.
 * 参考文档：https://docs.taro.zone/docs/hybrid
 */
export function SignInCode(props: SignInCodeProps) {
  const qrSrc = useMemo(() => qrDataUrl(props.qrText), [props.qrText])
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <signin-code
        code={props.code}
        qrsrc={qrSrc}
        rotates={props.rotatesAt}
        attended={props.attended}
        expected={props.expected}
        hint={props.hint}
        onExpire={props.onExpire}
        onRefresh={props.onExpire}
      />
    )
  }
  return <SignInCodeDrawing {...props} qrSrc={qrSrc} />
}

/** The H5 build's drawing of the code, like the native component's. */
export function SignInCodeDrawing({
  code,
  qrSrc,
  rotatesAt,
  attended,
  expected,
  hint,
  onExpire,
}: Omit<SignInCodeProps, 'qrText'> & { qrSrc: string }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const secondsLeft = Math.max(0, Math.ceil((Date.parse(rotatesAt) - now) / 1000))
  useEffect(() => {
    if (secondsLeft === 0) onExpire()
  }, [secondsLeft, onExpire])
  return (
    <View className="signin-code">
      <View className="signin-code__digits" aria-label="签到码" onClick={onExpire}>
        {code.split('').map((digit, index) => (
          <Text key={index} className="signin-code__digit">
            {digit}
          </Text>
        ))}
      </View>
      <Image
        className="signin-code__qr"
        src={qrSrc}
        mode="aspectFit"
        nativeProps={{ alt: '签到二维码' }}
      />
      <View className="signin-code__meta">
        <Text className="signin-code__countdown">{secondsLeft} 秒后更新</Text>
        <Text className="signin-code__count">
          已签到 {attended}/{expected}
        </Text>
      </View>
      {hint ? <Text className="signin-code__hint">{hint}</Text> : null}
    </View>
  )
}
