import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { scanSignInQr } from '../../../platform/scan'

interface CheckInFormProps {
  activityId: string
  busy: boolean
  /** Resolves to the server's refusal, or '' when checked in. */
  onCheckIn: (code: string) => Promise<string>
}

/**
 * The member's side of check-in: type the 6 digits the host shows, or scan the host's QR code. A
 * refused code stays in the box with the reason under it.
 */
export function CheckInForm({ activityId, busy, onCheckIn }: CheckInFormProps) {
  const [code, setCode] = useState('')
  const [error, setError] = useState('')

  const submit = async (value: string) => {
    if (!/^\d{6}$/.test(value)) {
      setError('签到码是 6 位数字，请看现场显示的签到码')
      return
    }
    setError('')
    const refused = await onCheckIn(value)
    if (refused) setError(refused)
  }

  const scan = async () => {
    const scanned = await scanSignInQr('activity', activityId)
    if (!scanned.ok) {
      setError(scanned.message)
      return
    }
    setCode(scanned.code)
    await submit(scanned.code)
  }

  return (
    <View className="activity-checkin">
      <Text className="activity-hint">输入现场显示的 6 位签到码（每 30 秒更新）</Text>
      <Input
        className="activity-checkin-code"
        type="digit"
        maxLength={6}
        value={code}
        placeholder="6 位签到码"
        onChange={(value) => setCode(value.replace(/\D/g, ''))}
      />
      {error ? <Text className="banner banner--error activity-checkin-error">{error}</Text> : null}
      <View className="activity-actions">
        <Button
          className="activity-checkin-submit"
          type="primary"
          loading={busy}
          disabled={busy}
          onClick={() => void submit(code)}
        >
          签到
        </Button>
        {process.env.TARO_ENV === 'h5' ? null : (
          <Button className="activity-checkin-scan" disabled={busy} onClick={() => void scan()}>
            扫码签到
          </Button>
        )}
      </View>
    </View>
  )
}
