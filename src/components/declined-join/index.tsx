import { Text, View } from '@tarojs/components'
import type { DeclinedJoin } from '../../../types/org'
import { formatShanghai } from '../../format/datetime'
import './index.css'

/** 已拒绝: the secretary's reason, if any, and from when the person may ask again. */
export function DeclinedJoinNote({ declined, now }: { declined: DeclinedJoin; now: Date }) {
  const waiting = new Date(declined.reapplyAt).getTime() > now.getTime()
  return (
    <View className="declined-join" data-testid="join-declined">
      <Text className="declined-join__title">已拒绝</Text>
      <Text className="declined-join__text">
        {declined.reason ? `书记的说明：${declined.reason}` : '书记没有写明原因，可以向书记了解。'}
      </Text>
      <Text className="declined-join__text declined-join__again">
        {waiting
          ? `${formatShanghai(declined.reapplyAt, 'M月D日 HH:mm')} 以后可以重新申请`
          : '现在可以重新申请'}
      </Text>
    </View>
  )
}
