import Taro from '@tarojs/taro'
import { PAYMENT_CHANNEL_LABELS } from '../../../types/dues'

const CHANNELS = ['transfer', 'cash', 'bank'] as const
export type PickedChannel = (typeof CHANNELS)[number]

/** 微信转账 / 现金 / 银行 from an action sheet; null when dismissed. */
export async function pickChannel(): Promise<PickedChannel | null> {
  try {
    const { tapIndex } = await Taro.showActionSheet({
      itemList: CHANNELS.map((channel) => PAYMENT_CHANNEL_LABELS[channel]),
    })
    return CHANNELS[tapIndex] ?? null
  } catch {
    return null
  }
}
