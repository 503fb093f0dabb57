import Taro from '@tarojs/taro'
import { Button as ShareButton, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MeetingDetail, ShareCard } from '../../../../types/meeting'
import type { MeetingActions } from './meeting-actions'
import type { MeetingBusy } from './use-meeting'

interface ManageCardProps {
  meeting: MeetingDetail
  actions: MeetingActions
  busy: MeetingBusy | ''
  card: ShareCard | null
  onPrepareShare: () => void
  onCancel: () => void
}

const open = (page: string, id: string) =>
  void Taro.navigateTo({ url: `/packages/meeting/${page}/index?id=${id}` })

/** 会议管理: the host's code, the group card, minutes, edit and cancel — each only when it applies. */
export function ManageCard({
  meeting,
  actions,
  busy,
  card,
  onPrepareShare,
  onCancel,
}: ManageCardProps) {
  if (!actions.manageCard && !card) return null
  return (
    <View className="card meeting-manage">
      <Text className="meeting-card__title">会议管理</Text>
      <View className="meeting-actions">
        {actions.showCode ? (
          <Button
            data-testid="meeting-show-code"
            type="primary"
            size="small"
            onClick={() => open('signin', meeting.id)}
          >
            出示签到码
          </Button>
        ) : null}
        {actions.shareCard ? (
          <Button
            data-testid="meeting-share-prepare"
            size="small"
            loading={busy === 'share'}
            onClick={onPrepareShare}
          >
            会议通知卡片
          </Button>
        ) : null}
        {actions.writeMinutes ? (
          <Button
            data-testid="meeting-write-minutes"
            size="small"
            onClick={() => open('minutes', meeting.id)}
          >
            {meeting.hasMinutes ? '修改纪要' : '填写纪要'}
          </Button>
        ) : null}
        {actions.edit ? (
          <Button data-testid="meeting-edit" size="small" onClick={() => open('edit', meeting.id)}>
            修改
          </Button>
        ) : null}
        {actions.cancel ? (
          <Button
            data-testid="meeting-cancel"
            size="small"
            type="danger"
            fill="outline"
            onClick={onCancel}
          >
            取消会议
          </Button>
        ) : null}
      </View>
      {card ? <ShareReady meeting={meeting} cardReady={card.activityId !== null} /> : null}
    </View>
  )
}

function ShareReady({ meeting, cardReady }: { meeting: MeetingDetail; cardReady: boolean }) {
  if (process.env.TARO_ENV !== 'weapp') {
    return (
      <Text className="meeting-muted" data-testid="meeting-share-local">
        会议通知卡片已准备好（本地预览不能转发到微信群）。
      </Text>
    )
  }
  return (
    <View className="meeting-share-ready">
      <ShareButton className="meeting-share" openType="share">
        分享到支部群
      </ShareButton>
      <Text className="meeting-muted">
        {cardReady
          ? `群里的卡片会随签到实时显示“${meeting.counts.attended}/${meeting.counts.expected}”`
          : '这次分享为普通卡片，不显示签到人数'}
      </Text>
    </View>
  )
}
