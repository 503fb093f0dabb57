import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import {
  DEFAULT_DUES_RATES,
  DUES_CATEGORY_LABELS,
  formatFen,
  monthlyDueFen,
  type DuesCategory,
} from '../../../types/dues'

export interface Declaration {
  category: DuesCategory
  /** The monthly base in 元 as typed (employed, retired). */
  yuan: string
  /** Why exempt (the branch's decision). */
  reason: string
}

/**
 * 申报: the category and, where it has one, the monthly base in 元, with what it will cost by the 2008
 * 规定. A member offers their own categories; the 支委会 also records an exemption with its reason.
 */
export function DeclareForm(props: {
  busy: boolean
  categories: readonly DuesCategory[]
  title?: string
  onDeclare: (declaration: Declaration) => Promise<string>
}) {
  const [category, setCategory] = useState<DuesCategory>(props.categories[0])
  const [yuan, setYuan] = useState('')
  const [reason, setReason] = useState('')
  const needsBase = category === 'employed' || category === 'retired'
  const amount = Number(yuan)
  const valid =
    (!needsBase || (yuan !== '' && Number.isFinite(amount) && amount >= 0)) &&
    (category !== 'exempt' || reason.trim().length >= 2)
  const preview = valid
    ? monthlyDueFen(
        { category, baseFen: needsBase ? Math.round(amount * 100) : null },
        DEFAULT_DUES_RATES,
      )
    : null
  return (
    <View className="card card--stack" data-testid="dues-declare">
      <Text className="card__title">{props.title ?? '申报党费基数'}</Text>
      <Text className="card__meta">只有本人和支委会能看到基数；列表只显示应缴和已缴金额。</Text>
      <View className="dues-choices">
        {props.categories.map((choice) => (
          <Button
            key={choice}
            className={`dues-category dues-category--${choice}`}
            size="small"
            type={choice === category ? 'primary' : 'default'}
            onClick={() => setCategory(choice)}
          >
            {DUES_CATEGORY_LABELS[choice]}
          </Button>
        ))}
      </View>
      {needsBase ? (
        <Input
          className="dues-input"
          data-testid="dues-base-input"
          type="digit"
          placeholder={category === 'retired' ? '每月离退休费（元）' : '每月税后工资收入（元）'}
          value={yuan}
          onInput={(event) => setYuan(event.detail.value)}
        />
      ) : null}
      {category === 'exempt' ? (
        <Input
          className="dues-input"
          data-testid="dues-reason-input"
          placeholder="支部研究决定免交的原因"
          maxlength={100}
          value={reason}
          onInput={(event) => setReason(event.detail.value)}
        />
      ) : null}
      {preview !== null ? (
        <Text className="dues-hint">
          按 2008 年规定的标准，每月约 {formatFen(preview)} 元（以支部标准为准）
        </Text>
      ) : null}
      <Button
        className="dues-declare-submit"
        type="primary"
        block
        loading={props.busy}
        disabled={!valid || props.busy}
        onClick={() => void props.onDeclare({ category, yuan, reason })}
      >
        申报
      </Button>
      {props.categories.includes('exempt') ? null : (
        <Text className="dues-hint">免交须由支部研究决定，请联系组织委员登记。</Text>
      )}
    </View>
  )
}
