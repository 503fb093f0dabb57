import { Text, View } from '@tarojs/components'
import { Dialog, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { ORG_KIND_LABELS, type OrgKind, type OrgSummary } from '../../../../types/org'
import { CHILD_KINDS } from '../../../../types/org'

export type OrgDialogMode =
  | { kind: 'create'; parent: OrgSummary }
  | { kind: 'rename'; org: OrgSummary }
  | { kind: 'archive'; org: OrgSummary }

interface OrgDialogProps {
  mode: OrgDialogMode
  onCreate: (parentId: string, name: string, kind: OrgKind) => Promise<string>
  onRename: (orgId: string, name: string) => Promise<string>
  onArchive: (orgId: string) => Promise<string>
  onClose: () => void
}

const TITLES = { create: '新建下级组织', rename: '改名', archive: '归档组织' } as const

/** Create, rename or archive one org; a refusal keeps the dialog open with what was typed. */
export function OrgDialog({ mode, onCreate, onRename, onArchive, onClose }: OrgDialogProps) {
  const kinds = mode.kind === 'create' ? CHILD_KINDS[mode.parent.kind] : []
  const [name, setName] = useState(mode.kind === 'rename' ? mode.org.name : '')
  const [kind, setKind] = useState<OrgKind | undefined>(kinds[0])
  const [error, setError] = useState('')

  const submit = async () => {
    setError('')
    let message: string
    switch (mode.kind) {
      case 'create':
        if (!kind) return
        message = await onCreate(mode.parent.id, name.trim(), kind)
        break
      case 'rename':
        message = await onRename(mode.org.id, name.trim())
        break
      case 'archive':
        message = await onArchive(mode.org.id)
        break
    }
    if (message) setError(message)
    else onClose()
  }

  return (
    <Dialog
      className={`tree-dialog tree-dialog--${mode.kind}`}
      visible
      title={TITLES[mode.kind]}
      confirmText={mode.kind === 'archive' ? '确认归档' : '保存'}
      cancelText="取消"
      closeOnOverlayClick={false}
      onCancel={onClose}
      // NutUI calls onClose after onConfirm resolves; the dialog closes itself only on success.
      onClose={() => undefined}
      onConfirm={submit}
    >
      <View>
        {mode.kind === 'archive' ? (
          <Text>归档后，“{mode.org.name}”不再出现在组织架构里，它的会议、台账等记录都会保留。</Text>
        ) : (
          <>
            {mode.kind === 'create' ? <Text>在“{mode.parent.name}”下新建：</Text> : null}
            {mode.kind === 'create' ? (
              <View className="tree-kinds">
                {kinds.map((option) => (
                  <Text
                    key={option}
                    className={`tree-kind${option === kind ? ' tree-kind--active' : ''}`}
                    data-kind={option}
                    onClick={() => setKind(option)}
                  >
                    {ORG_KIND_LABELS[option]}
                  </Text>
                ))}
              </View>
            ) : null}
            <View className="org-dialog__field">
              <Input
                className="tree-name-input"
                value={name}
                onChange={setName}
                maxLength={30}
                placeholder="组织名称（2–30 个字）"
              />
            </View>
          </>
        )}
        {error ? <Text className="org-dialog__error tree-dialog-error">{error}</Text> : null}
      </View>
    </Dialog>
  )
}
