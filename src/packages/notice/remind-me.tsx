import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { askToSubscribe } from '../../platform/subscribe'

/**
 * 有通知未签阅时提醒我: one tap is one accept, which lets the branch remind this person once about a
 * notice they have not signed. WeChat shows its prompt only from a tap, so this is a tap of its own.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export function RemindMe() {
  const ask = async () => {
    const reply = await askToSubscribe(['noticeReminder'])
    let title = '已开启，有通知未签阅时会提醒你一次'
    if (!reply.ok) title = reply.message
    else if (reply.data.accepted.length === 0) title = '没有开启提醒；需要时可以再点一次'
    void Taro.showToast({ title, icon: 'none' })
  }
  return (
    <Text className="notice-remind-me" onClick={() => void ask()}>
      有通知未签阅时提醒我
    </Text>
  )
}
