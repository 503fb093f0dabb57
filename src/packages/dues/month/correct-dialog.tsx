import { Input, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useRef, useState } from 'react'
import { formatFen, monthLabel, yuanToFen, type OverviewRow } from '../../../../types/dues'
import { ReasonDialog } from '../../../components/reason-dialog'
import { newRequestId } from '../../../format/request-id'

/** What a 更正 asks for; `amountFen` signed (+ 补收, − 退还). */
export interface Correction {
  amountFen: number
  reason: string
  requestId: string
}

type Direction = 'collect' | 'refund'

const DIRECTIONS: { key: Direction; label: string }[] = [
  { key: 'collect', label: '补收' },
  { key: 'refund', label: '退还' },
]

/**
 * 更正 a member's month: 补收 or 退还 an amount, with the reason on record. The ledger keeps the old
 * entries; this adds one. The request id is made when the dialog opens, so a retried 确认 (a dropped
 * reply) writes the correction once.
 */
export function CorrectDialog({
  row,
  month,
  onSubmit,
  onClose,
}: {
  row: OverviewRow
  month: string
  onSubmit: (correction: Correction) => Promise<string>
  onClose: () => void
}) {
  const [direction, setDirection] = useState<Direction>('collect')
  const [yuan, setYuan] = useState('')
  const requestId = useRef(newRequestId())
  return (
    <ReasonDialog
      className="dues-correct-dialog"
      title={`更正${row.nickname}${monthLabel(month)}党费`}
      hint={`应缴 ${formatFen(row.dueFen ?? 0)} 元，已记 ${formatFen(row.paidFen)} 元。更正会另记一笔并留下原因，原记录不变。`}
      confirmText="确认更正"
      placeholder="更正原因（必填），如：多收退还、少收补收"
      onClose={onClose}
      onSubmit={(reason) => {
        const fen = yuanToFen(yuan)
        if (!fen) return Promise.resolve('请填写更正金额，如 12.50')
        const amountFen = direction === 'refund' ? -fen : fen
        return onSubmit({ amountFen, reason, requestId: requestId.current })
      }}
    >
      <View className="dues-choices">
        {DIRECTIONS.map((choice) => (
          <Button
            key={choice.key}
            className={`dues-correct-${choice.key}`}
            size="small"
            type={direction === choice.key ? 'primary' : 'default'}
            onClick={() => setDirection(choice.key)}
          >
            {choice.label}
          </Button>
        ))}
      </View>
      <Input
        className="dues-input"
        data-testid="dues-correct-amount"
        type="digit"
        value={yuan}
        placeholder="金额（元）"
        onInput={(event) => setYuan(event.detail.value)}
      />
    </ReasonDialog>
  )
}
