import { Text, View } from '@tarojs/components'
import { Dialog, TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'

interface ReasonDialogProps {
  title: string
  hint: string
  confirmText: string
  /** Resolves to an error message, or '' when done. */
  onSubmit: (reason: string) => Promise<string>
  onClose: () => void
}

/** Asks why (请假, 补签, 代签, 取消会议); a refusal keeps the dialog open and the text typed. */
export function ReasonDialog({ title, hint, confirmText, onSubmit, onClose }: ReasonDialogProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  return (
    <Dialog
      className="meeting-reason-dialog"
      visible
      title={title}
      confirmText={confirmText}
      cancelText="取消"
      closeOnOverlayClick={false}
      onCancel={onClose}
      // NutUI calls onClose after onConfirm; this dialog closes itself only on success.
      onClose={() => undefined}
      onConfirm={async () => {
        if (reason.trim().length < 2) {
          setError('请写明原因（至少 2 个字）')
          return
        }
        setError('')
        const message = await onSubmit(reason.trim())
        if (message) setError(message)
        else onClose()
      }}
    >
      <View>
        <Text className="meeting-muted">{hint}</Text>
        <TextArea
          className="meeting-reason-input"
          value={reason}
          onChange={setReason}
          maxLength={100}
          placeholder="原因（必填）"
        />
        {error ? <Text className="meeting-error meeting-reason-error">{error}</Text> : null}
      </View>
    </Dialog>
  )
}
