import { pickFrom } from '../../platform/action-sheet'
import { PAYMENT_CHANNEL_LABELS } from '../../../types/dues'

const CHANNELS = ['transfer', 'cash', 'bank'] as const
export type PickedChannel = (typeof CHANNELS)[number]

/** 微信转账 / 现金 / 银行 from an action sheet; null when dismissed. */
export function pickChannel(): Promise<PickedChannel | null> {
  return pickFrom(CHANNELS, (channel) => PAYMENT_CHANNEL_LABELS[channel])
}
