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

interface Tool {
  testId: string
  text: string
  shown: boolean
  type?: 'primary' | 'danger'
  onClick: () => void
}

/** The buttons of 会议管理, in the order they show. */
function tools(
  meeting: MeetingDetail,
  actions: MeetingActions,
  on: Pick<ManageCardProps, 'onPrepareShare' | 'onCancel'>,
): Tool[] {
  return [
    {
      testId: 'meeting-show-code',
      text: '出示签到码',
      shown: actions.showCode,
      type: 'primary',
      onClick: () => open('signin', meeting.id),
    },
    {
      testId: 'meeting-share-prepare',
      text: '会议通知卡片',
      shown: actions.shareCard,
      onClick: on.onPrepareShare,
    },
    {
      testId: 'meeting-write-minutes',
      text: meeting.hasMinutes ? '修改纪要' : '填写纪要',
      shown: actions.writeMinutes,
      onClick: () => open('minutes', meeting.id),
    },
    {
      testId: 'meeting-edit',
      text: '修改',
      shown: actions.edit,
      onClick: () => open('edit', meeting.id),
    },
    {
      testId: 'meeting-cancel',
      text: '取消会议',
      shown: actions.cancel,
      type: 'danger',
      onClick: on.onCancel,
    },
  ]
}

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
        {tools(meeting, actions, { onPrepareShare, onCancel }).map((tool) =>
          tool.shown ? (
            <Button
              key={tool.testId}
              data-testid={tool.testId}
              size="small"
              type={tool.type ?? 'default'}
              fill={tool.type === 'danger' ? 'outline' : undefined}
              loading={tool.testId === 'meeting-share-prepare' && busy === 'share'}
              onClick={tool.onClick}
            >
              {tool.text}
            </Button>
          ) : null,
        )}
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
