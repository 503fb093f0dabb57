import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { SubscribeTemplate } from '../../../types/subscriptions'
import { askToSubscribe } from '../../platform/subscribe'
import './index.css'

interface Props {
  template: SubscribeTemplate
  /** What the link offers: 有通知未签阅时提醒我. */
  label: string
  /** What the toast says once accepted: 已开启，有通知未签阅时会提醒你一次. */
  done: string
}

/**
 * 提醒我: one tap is one accept, which lets the branch send this person one reminder of `template`.
 * WeChat shows its prompt only from a tap, so this is a tap of its own.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export function RemindMe({ template, label, done }: Props) {
  const ask = async () => {
    const reply = await askToSubscribe([template])
    let title = done
    if (!reply.ok) title = reply.message
    else if (reply.data.accepted.length === 0) title = '没有开启提醒；需要时可以再点一次'
    void Taro.showToast({ title, icon: 'none' })
  }
  return (
    <Text className="remind-me" data-testid="remind-me" onClick={() => void ask()}>
      {label}
    </Text>
  )
}
