import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'

interface CheckInFormProps {
  activityId: string
  busy: boolean
  /** Resolves to the server's refusal, or '' when checked in. */
  onCheckIn: (code: string) => Promise<string>
}

/** What the host's QR code holds: `zhibu:signin:activity:<id>:<code>` (cloudfunctions/_shared/signin-code.ts). */
export function codeFromQr(text: string, activityId: string): string | null {
  const match = /^zhibu:signin:activity:([A-Za-z0-9_-]+):(\d{6})$/.exec(text.trim())
  return match && match[1] === activityId ? match[2] : null
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
    try {
      // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/device/scan/wx.scanCode.html
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      const scanned = codeFromQr(result, activityId)
      if (!scanned) {
        setError('这不是本活动的签到码，请扫描活动现场显示的二维码')
        return
      }
      setCode(scanned)
      await submit(scanned)
    } catch {
      // cancelled
    }
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
      {error ? <Text className="activity-banner-error activity-checkin-error">{error}</Text> : null}
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
