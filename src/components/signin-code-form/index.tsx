import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { SignInKind } from '../../../types/signin'
import { scanSignInQr } from '../../platform/scan'
import './index.css'

export interface SignInCodeFormProps {
  kind: SignInKind
  /** The meeting's or activity's id, to check that a scanned QR is this one's. */
  id: string
  busy: boolean
  /** Resolves to the server's refusal, or '' when signed in. */
  onSubmit: (code: string, via: 'code' | 'scan') => Promise<string>
}

const WHERE: Record<SignInKind, string> = { meeting: '主持人手机上', activity: '现场显示' }

/**
 * The member's side of the rotating code, for a meeting and an activity alike: type the 6 digits the
 * host shows, or (in WeChat) scan the host's QR. A refused code stays in the box with the reason
 * under it; a short one is caught before any call.
 */
export function SignInCodeForm({ kind, id, busy, onSubmit }: SignInCodeFormProps) {
  const [code, setCode] = useState('')
  const [error, setError] = useState('')

  const submit = async (value: string, via: 'code' | 'scan') => {
    if (!/^\d{6}$/.test(value)) {
      setError(`签到码是 6 位数字，请看${WHERE[kind]}的签到码`)
      return
    }
    setError('')
    const refused = await onSubmit(value, via)
    setError(refused)
    if (!refused) setCode('')
  }

  const scan = async () => {
    const scanned = await scanSignInQr(kind, id)
    if (!scanned.ok) return setError(scanned.message)
    setCode(scanned.code)
    await submit(scanned.code, 'scan')
  }

  return (
    <View className="signin-code-form">
      <Text className="signin-code-form__hint">输入{WHERE[kind]}的 6 位签到码（每 30 秒更新）</Text>
      <View className="signin-code-form__row">
        <Input
          className="signin-code-form__input"
          data-testid="sign-in-code"
          type="digit"
          maxlength={6}
          value={code}
          placeholder="6 位签到码"
          onInput={(event) => setCode(event.detail.value.replace(/\D/g, ''))}
        />
        <Button
          className="signin-code-form__submit"
          data-testid="sign-in-submit"
          type="primary"
          loading={busy}
          disabled={busy}
          onClick={() => void submit(code, 'code')}
        >
          签到
        </Button>
      </View>
      {/* No camera scanner in the browser preview. */}
      {process.env.TARO_ENV !== 'h5' ? (
        <Button data-testid="sign-in-scan" size="small" disabled={busy} onClick={() => void scan()}>
          扫码签到
        </Button>
      ) : null}
      {error ? (
        <Text className="signin-code-form__error" data-testid="sign-in-error">
          {error}
        </Text>
      ) : null}
    </View>
  )
}
