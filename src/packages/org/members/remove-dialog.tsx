import { Text, View } from '@tarojs/components'
import { Dialog, TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { MemberItem } from '../../../../types/org'

interface RemoveDialogProps {
  member: MemberItem
  /** Resolves to an error message, or '' when done. */
  onRemove: (reason: string) => Promise<string>
  onClose: () => void
}

/** Confirms a removal and asks why; a refused removal keeps the dialog and the reason typed. */
export function RemoveDialog({ member, onRemove, onClose }: RemoveDialogProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')

  return (
    <Dialog
      className="member-remove-dialog"
      visible
      title="移出成员"
      confirmText="确认移出"
      cancelText="取消"
      closeOnOverlayClick={false}
      onCancel={onClose}
      // NutUI calls onClose after onConfirm resolves; this dialog closes itself only on success.
      onClose={() => undefined}
      onConfirm={async () => {
        if (reason.trim().length < 2) {
          setError('请写明移出原因')
          return
        }
        setError('')
        const message = await onRemove(reason.trim())
        if (message) setError(message)
        else onClose()
      }}
    >
      <View>
        <Text>将“{member.nickname}”移出本组织。移出会记入操作记录。</Text>
        <View className="org-dialog__field">
          <TextArea
            className="member-remove-reason"
            value={reason}
            onChange={setReason}
            maxLength={100}
            placeholder="移出原因（必填，如：组织关系转出）"
          />
        </View>
        {error ? <Text className="org-dialog__error member-remove-error">{error}</Text> : null}
      </View>
    </Dialog>
  )
}
