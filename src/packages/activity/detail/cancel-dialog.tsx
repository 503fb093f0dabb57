import { Text, View } from '@tarojs/components'
import { Dialog, TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'

interface CancelDialogProps {
  title: string
  /** Resolves to an error message, or '' when done. */
  onCancelActivity: (reason: string) => Promise<string>
  onClose: () => void
}

/** Confirms calling an activity off and asks why; the reason is shown to everyone who signed up. */
export function CancelDialog({ title, onCancelActivity, onClose }: CancelDialogProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  return (
    <Dialog
      className="activity-cancel-dialog"
      visible
      title="取消活动"
      confirmText="确认取消活动"
      cancelText="再想想"
      closeOnOverlayClick={false}
      onCancel={onClose}
      // NutUI calls onClose after onConfirm resolves; this dialog closes itself only on success.
      onClose={() => undefined}
      onConfirm={async () => {
        if (reason.trim().length < 2) {
          setError('请写明取消原因')
          return
        }
        setError('')
        const message = await onCancelActivity(reason.trim())
        if (message) setError(message)
        else onClose()
      }}
    >
      <View>
        <Text>取消“{title}”后不能恢复，已报名的同志会看到取消原因。</Text>
        <TextArea
          className="activity-cancel-reason"
          value={reason}
          onChange={setReason}
          maxLength={100}
          placeholder="取消原因（必填，如：天气原因改期）"
        />
        {error ? (
          <Text className="activity-banner-error activity-cancel-error">{error}</Text>
        ) : null}
      </View>
    </Dialog>
  )
}
