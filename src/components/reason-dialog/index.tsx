import { Text, View } from '@tarojs/components'
import { Dialog, TextArea } from '@nutui/nutui-react-taro'
import { useState, type ReactNode } from 'react'
import './index.css'

export interface ReasonDialogProps {
  /** The dialog's own class, a stable name for tests (e.g. `member-remove-dialog`). */
  className: string
  title: string
  /** Above the box: what happens and who will read the reason. */
  hint: string
  confirmText: string
  cancelText?: string
  placeholder?: string
  /** Said when fewer than 2 characters were written. */
  missing?: string
  /** The reason may be left empty (then `onSubmit('')`). */
  optional?: boolean
  maxLength?: number
  /** Fields asked for before the reason (an amount), between the hint and the box. */
  children?: ReactNode
  /** Resolves to the server's refusal, or '' when done. */
  onSubmit: (reason: string) => Promise<string>
  onClose: () => void
}

/**
 * Asks why before a step that needs a reason on record (请假, 补签, 代签, 取消, 移出, 退回), or may
 * have one (婉拒入支部申请, `optional`). A refusal
 * keeps the dialog open with the text typed and the server's message under it.
 */
export function ReasonDialog({
  className,
  title,
  hint,
  confirmText,
  cancelText = '取消',
  placeholder = '原因（必填）',
  missing = '请写明原因（至少 2 个字）',
  optional = false,
  maxLength = 100,
  children,
  onSubmit,
  onClose,
}: ReasonDialogProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  return (
    <Dialog
      className={`reason-dialog ${className}`}
      visible
      title={title}
      confirmText={confirmText}
      cancelText={cancelText}
      closeOnOverlayClick={false}
      onCancel={onClose}
      // NutUI calls onClose after onConfirm resolves; this dialog closes itself only on success.
      onClose={() => undefined}
      onConfirm={async () => {
        if (!optional && reason.trim().length < 2) {
          setError(missing)
          return
        }
        setError('')
        const message = await onSubmit(reason.trim())
        if (message) setError(message)
        else onClose()
      }}
    >
      <View>
        <Text className="reason-dialog__hint">{hint}</Text>
        {children}
        <TextArea
          className="reason-dialog__input"
          value={reason}
          onChange={setReason}
          maxLength={maxLength}
          placeholder={placeholder}
        />
        {error ? <Text className="reason-dialog__error">{error}</Text> : null}
      </View>
    </Dialog>
  )
}
